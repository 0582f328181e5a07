// Negative (SleepInAtomic): lock(); try { mayThrow(); } finally { unlock(); } msleep(1); - the sleep
// is only reached after finally released the lock, whether or not mayThrow() threw.
package inputs.context.exceptionpathunlockthensleep;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Releases;

final class Device {
    private final SpinLock lock = new SpinLock();
    private int state;

    void configure(int value) throws java.io.IOException {
        lock.lock();
        try {
            mayThrow(value);
        } finally {
            lock.unlock();
        }
        Delay.msleep(1);
    }

    private void mayThrow(int value) throws java.io.IOException {
        if (value < 0) {
            throw new java.io.IOException("bad value " + value);
        }
        state = value;
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
