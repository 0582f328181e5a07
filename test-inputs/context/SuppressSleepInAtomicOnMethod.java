// Negative (SleepInAtomic): a real sleep under a spinlock, silenced by @SuppressWarnings("SleepInAtomic")
// on the method.
package inputs.context.suppresssleepinatomiconmethod;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Releases;

final class Device {
    private final SpinLock lock = new SpinLock();
    private int pending;

    @SuppressWarnings("SleepInAtomic")
    void poll() {
        try (SpinGuard g = lock.lock()) {
            pending++;
            Delay.msleep(10);
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

final class Delay {
    private Delay() {}

    /** msleep(): blocks the caller. */
    @MightSleep
    static void msleep(int ms) {}
}
