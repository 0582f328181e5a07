// Positive (PinnedMove): mem::swap() of two pinned mutexes reached through their pinned owners: both
// arguments are moved (each changes address), so each is reported, at the argument.
package inputs.pinning.swappinnedthroughmoveshelper;

import dev.drivercheck.annotations.*;

@Pinned
final class Queue {
    @Pin final Mutex lock = new Mutex();
    int depth;
}

final class Balancer {
    void rebalance(Queue left, Queue right) {
        // :: error: [PinnedMove] :: error: [PinnedMove]
        Mem.swap(left.lock, right.lock);
    }

    void exchange(Queue a, Queue b) {
        // :: error: [PinnedMove] :: error: [PinnedMove]
        Mem.swap(a, b);
    }
}

/** core::mem: helpers that move the values they are given. */
final class Mem {
    /** mem::swap(): both values change places. */
    static <T> void swap(@Moves T a, @Moves T b) {
    }
}

/** A mutex: its wait list points back into it, so it never moves once initialized. */
@Pinned
final class Mutex {
}
