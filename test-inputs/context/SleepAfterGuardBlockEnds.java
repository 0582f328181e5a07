// Negative (SleepInAtomic): msleep() right after the guard's try block has ended and released the
// spinlock; the sleep is in process context.
package inputs.context.sleepafterguardblockends;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Releases;

final class Device {
    private final SpinLock lock = new SpinLock();
    private int pending;

    void poll() {
        try (SpinGuard g = lock.lock()) {
            pending++;
        }
        Delay.msleep(10);
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
