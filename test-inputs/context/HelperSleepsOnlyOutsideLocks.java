// Negative (SleepInAtomic): waitIdle() sleeps and is called from two places, neither under a lock
// (one right after a spinlock section ends); the helper under the lock does not sleep.
package inputs.context.helpersleepsonlyoutsidelocks;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Releases;

final class Engine {
    private final SpinLock lock = new SpinLock();
    private int state;

    void suspend() {
        waitIdle();
        state = 0;
    }

    void reset() {
        try (SpinGuard g = lock.lock()) {
            markStopped();
        }
        waitIdle();
    }

    private void markStopped() {
        state = 2;
    }

    private void waitIdle() {
        Delay.msleep(2);
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
