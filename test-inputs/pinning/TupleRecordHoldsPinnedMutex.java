// Positive (PinnedNotInPlace): pin-init tuple_struct_pinned_mutex_not_unpin: a tuple-like record
// holding a pinned mutex next to a counter, built with `new Mutex()` at the call site and moved into
// the record. Reported at the mutex `new`, not at the record's.
package inputs.pinning.tuplerecordholdspinnedmutex;

import dev.drivercheck.annotations.*;

record Tuple(Mutex lock, long count) {
}

final class Stats {
    private Tuple totals;

    void reset() {
        // :: error: [PinnedNotInPlace]
        totals = new Tuple(new Mutex(), 0L);
    }

    Tuple fresh(long start) {
        // :: error: [PinnedNotInPlace]
        Mutex m = new Mutex();
        return new Tuple(m, start);
    }
}

/** A mutex: its wait list points back into it, so it never moves once initialized. */
@Pinned
final class Mutex {
}
