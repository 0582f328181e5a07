// Positive (SleepInAtomic): explicit lock(); try { msleep } finally { unlock(); }:
// the sleep runs while the spinlock is held.
package inputs.context.sleepunderexplicitlocktryfinally;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Releases;

final class Device {
    private final SpinLock lock = new SpinLock();
    private int pending;

    void poll() {
        lock.lock();
        try {
            pending++;
            // :: error: [SleepInAtomic]
            Delay.msleep(10);
        } finally {
            lock.unlock();
        }
    }
}

/** A spinlock with explicit lock()/unlock(). */
@LockType(LockKind.SPIN)
final class SpinLock {
    @Acquires
    void lock() {}

    @Releases
    void unlock() {}
}

final class Delay {
    private Delay() {}

    /** msleep(): blocks the caller. */
    @MightSleep
    static void msleep(int ms) {}
}
