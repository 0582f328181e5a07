// Positive (SleepInAtomic): a lambda passed to a @CalledInPlace parameter under a spinlock runs
// under that lock; its msleep() is reported inside the lambda body.
package inputs.context.lambdacalledinplacesleeps;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.CalledInPlace;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Releases;

interface EntryVisitor {
    void visit(int id);
}

final class Table {
    private final int[] ids = new int[4];

    void forEach(@CalledInPlace EntryVisitor fn) {
        for (int id : ids) {
            fn.visit(id);
        }
    }
}

final class Device {
    private final SpinLock lock = new SpinLock();
    private final Table table = new Table();

    void drain() {
        try (SpinGuard g = lock.lock()) {
            table.forEach(id -> {
                // :: error: [SleepInAtomic]
                Delay.msleep(id);
            });
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
