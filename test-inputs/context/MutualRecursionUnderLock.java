// Negative (SleepInAtomic): two mutually recursive methods called under a spinlock; neither sleeps,
// though a sleeping method exists in the class (not reachable from the cycle).
package inputs.context.mutualrecursionunderlock;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Releases;

final class Parser {
    private final SpinLock lock = new SpinLock();
    private final int[] tokens = new int[32];

    int depth() {
        try (SpinGuard g = lock.lock()) {
            return even(0);
        }
    }

    private int even(int i) {
        return i >= tokens.length ? 0 : 1 + odd(i + 1);
    }

    private int odd(int i) {
        return i >= tokens.length ? 0 : tokens[i] + even(i + 1);
    }

    void reload() {
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
