// Positive (SleepInAtomic): under a spinlock, reset() calls stopEngine -> waitIdle -> pollHardware -> msleep;
// reported once, at the outermost call made while the lock is held, not inside the callees.
package inputs.context.sleepthreecallsdeep;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Releases;

final class Engine {
    private final SpinLock lock = new SpinLock();
    private boolean running;

    void reset() {
        try (SpinGuard g = lock.lock()) {
            running = false;
            // :: error: [SleepInAtomic]
            stopEngine();
        }
    }

    private void stopEngine() {
        waitIdle();
    }

    private void waitIdle() {
        pollHardware();
    }

    private void pollHardware() {
        Delay.msleep(5);
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
