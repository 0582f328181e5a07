// Negative (PinnedStructural, PinnedNotInPlace): structural pinning nests: a pinned GPU embeds a pinned
// channel in a @Pin field, which embeds its own @Pin locks; every @Pin field is final, written only by
// its own class's constructors (two of them, chained with this(...)) or field initializers.
package inputs.pinning.nestedstructuralpinningsilent;

import dev.drivercheck.annotations.*;

@Pinned
final class Channel {
    @Pin private final Mutex lock = new Mutex();
    @Pin private final WaitQueue waiters;
    private final int id;

    Channel(int id) {
        this.id = id;
        this.waiters = new WaitQueue();
    }

    Channel() {
        this(0);
    }

    Mutex lock() {
        return lock;
    }
}

@Pinned
final class Gpu {
    @Pin private final Channel rx = new Channel(1);
    @Pin private final Channel tx;
    @Pin final Mutex powerLock;

    Gpu() {
        tx = new Channel();
        powerLock = new Mutex();
    }

    Mutex rxLock() {
        return rx.lock();
    }
}

/** A mutex: its wait list points back into it, so it never moves once initialized. */
@Pinned
final class Mutex {
}

/** A wait queue head: waiters link themselves to its address. */
@Pinned
final class WaitQueue {
}
