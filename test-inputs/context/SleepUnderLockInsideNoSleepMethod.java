// Positive (SleepInAtomic): a @NoSleep method takes a spinlock and sleeps under it; the call is in
// atomic context, so it is SleepInAtomic only (one cause, one report), not also NoSleepViolated.
package inputs.context.sleepunderlockinsidenosleepmethod;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Releases;

final class Watchdog {
    private final SpinLock lock = new SpinLock();
    private int ticks;

    @NoSleep
    void tick() {
        try (SpinGuard g = lock.lock()) {
            ticks++;
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
