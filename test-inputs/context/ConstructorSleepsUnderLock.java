// Positive (SleepInAtomic): new Buffer(64) under a spinlock, and Buffer's constructor does a
// GFP_KERNEL allocation (may sleep); reported at the new expression.
package inputs.context.constructorsleepsunderlock;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Releases;

final class Buffer {
    final int[] data;

    Buffer(int n) {
        data = Alloc.kmallocKernel(n);
    }
}

final class Ring {
    private final SpinLock lock = new SpinLock();
    private Buffer current = null;

    void grow() {
        try (SpinGuard g = lock.lock()) {
            // :: error: [SleepInAtomic]
            current = new Buffer(64);
        }
    }
}

/** A spinlock: holding it makes the holder atomic. */
@LockType(LockKind.SPIN)
final class SpinLock {
    @Acquires
    SpinGuard lock() {
        return new SpinGuard();
    }
}

@LockGuard
final class SpinGuard implements AutoCloseable {
    @Releases
    @Override
    public void close() {}
}

final class Alloc {
    private Alloc() {}

    /** kmalloc(GFP_KERNEL): may sleep to reclaim memory. */
    @MightSleep
    static int[] kmallocKernel(int n) {
        return new int[n];
    }
}
