// Positive (PinnedNotInPlace): a plain (non-@Pinned) pair class embedding a pinned mutex by a field
// initializer and by a constructor argument: neither is a pin-init slot, the pair itself moves freely.
// Reported at each mutex `new`.
package inputs.pinning.tupleclassholdspinnedmutex;

import dev.drivercheck.annotations.*;

final class LockedCounter {
    // :: error: [PinnedNotInPlace]
    final Mutex lock = new Mutex();
    long count;
}

final class Pair {
    final Mutex first;
    final int second;

    Pair(Mutex first, int second) {
        this.first = first;
        this.second = second;
    }

    static Pair of(int second) {
        // :: error: [PinnedNotInPlace]
        return new Pair(new Mutex(), second);
    }
}

/** A mutex: its wait list points back into it, so it never moves once initialized. */
@Pinned
final class Mutex {
}
