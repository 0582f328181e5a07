// Negative (SleepInAtomic): copy the entry out under the spinlock, release it, then sleep; the
// XArray idiom (take the entry, drop the lock, then block). Must stay silent.
package inputs.context.copyentryoutthensleep;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Releases;

final class Slots {
    private final SpinLock lock = new SpinLock();
    private final int[] slots = new int[16];

    void process(int idx) {
        int entry;
        try (SpinGuard g = lock.lock()) {
            entry = slots[idx];
            slots[idx] = 0;
        }
        Delay.msleep(entry);
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

final class Delay {
    private Delay() {}

    /** msleep(): blocks the caller. */
    @MightSleep
    static void msleep(int ms) {}
}
