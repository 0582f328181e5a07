// Positive (PinnedMove): a copy constructor `new Mutex(other)` duplicates a pinned mutex (its wait
// list would point into the original). Reported at the `new`, as PinnedMove only, not also as
// PinnedNotInPlace.
package inputs.pinning.copyconstructorofpinned;

import dev.drivercheck.annotations.*;

/** A mutex: its wait list points back into it, so it never moves once initialized. */
@Pinned
final class Mutex {
    private final String name;

    @PinInit
    Mutex(String name) {
        this.name = name;
    }

    /** A copy constructor: copying a pinned value is a move. */
    Mutex(Mutex other) {
        this.name = other.name;
    }
}

final class Snapshot {
    private Mutex saved;

    void save(Mutex live) {
        // :: error: [PinnedMove]
        saved = new Mutex(live);
    }

    Mutex copyOf(Mutex live) {
        // :: error: [PinnedMove]
        return new Mutex(live);
    }
}
