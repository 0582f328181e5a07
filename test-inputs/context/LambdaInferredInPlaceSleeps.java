// Positive (SleepInAtomic): like @CalledInPlace, but inferred: walk()'s analyzed body calls its callback
// during the call, so the lambda runs under the caller's spinlock; reported inside the lambda body.
package inputs.context.lambdainferredinplacesleeps;

import dev.drivercheck.annotations.Acquires;
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

    void walk(EntryVisitor fn) {
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
            table.walk(id -> {
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
