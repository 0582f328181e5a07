// Positive (SleepInAtomic): two nested spinlocks; the inner one is released before msleep(), but the
// outer one is still held, so the sleep is still in atomic context.
package inputs.context.sleepwhileouterspinstillheld;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Releases;

final class Device {
    private final SpinLock outer = new SpinLock();
    private final SpinLock inner = new SpinLock();
    private int count;

    void update() {
        try (SpinGuard o = outer.lock()) {
            try (SpinGuard i = inner.lock()) {
                count++;
            }
            // :: error: [SleepInAtomic]
            Delay.msleep(1);
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
