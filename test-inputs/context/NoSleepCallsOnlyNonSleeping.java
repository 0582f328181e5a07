// Negative (NoSleepViolated): a @NoSleep method that takes a spinlock (acquiring a spinlock never
// sleeps) and calls only non-sleeping helpers. Must stay silent.
package inputs.context.nosleepcallsonlynonsleeping;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Releases;

final class Stats {
    private final SpinLock lock = new SpinLock();
    private int hits;
    private int misses;

    @NoSleep
    int ratio() {
        try (SpinGuard g = lock.lock()) {
            int t = total();
            return t == 0 ? 0 : scale(hits) / t;
        }
    }

    private int total() {
        return hits + misses;
    }

    private static int scale(int v) {
        return v * 100;
    }

    void refresh() {
        Delay.msleep(1);
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
