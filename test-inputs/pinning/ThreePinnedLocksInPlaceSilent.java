// Negative (PinnedNotInPlace, PinnedStructural): a struct with three pinned locks initialized in place:
// by its @PinInit constructor, by @Pin field initializers, and by a plain constructor of a @Pinned
// class filling its @Pin fields (structural pinning); the structs themselves are made in KBox slots.
package inputs.pinning.threepinnedlocksinplacesilent;

import dev.drivercheck.annotations.*;

@Pinned
final class Gpu {
    @Pin private final Mutex rxChannels;
    @Pin private final Mutex txChannels;
    @Pin private final SpinLock irqLock;
    private int rings;

    @PinInit
    Gpu(int rings) {
        this.rings = rings;
        this.rxChannels = new Mutex();
        this.txChannels = new Mutex();
        irqLock = new SpinLock();
    }
}

@Pinned
final class Ring {
    @Pin final Mutex submit = new Mutex();
    @Pin final Mutex complete = new Mutex();
    @Pin final SpinLock fence = new SpinLock();
}

@Pinned
final class Queue {
    @Pin private final Mutex head;
    @Pin private final Mutex tail;
    @Pin private final SpinLock stats;

    Queue() {
        this.head = new Mutex();
        this.tail = new Mutex();
        stats = new SpinLock();
    }
}

final class Probe {
    KBox<Gpu> gpu;
    KBox<Ring> ring;
    KBox<Queue> queue;

    void probe() {
        gpu = KBox.pinInit(new Gpu(4));
        ring = KBox.pinInit(new Ring());
        queue = KBox.pinInit(new Queue());
    }
}

/** Pin<KBox<T>>: a heap slot whose value is constructed in place. */
final class KBox<T> {
    private final T value;

    private KBox(T value) {
        this.value = value;
    }

    /** KBox::pin_init(): the argument is constructed directly in the new box. */
    @PinInit
    static <T> KBox<T> pinInit(T value) {
        return new KBox<>(value);
    }
}

/** A mutex: its wait list points back into it, so it never moves once initialized. */
@Pinned
final class Mutex {
}

/** A spinlock: pinned like every kernel lock. */
@Pinned
final class SpinLock {
}
