// Negative (SleepInAtomic): forEach() runs its callback in place; under the spinlock the lambda only
// counts, while the sleeping lambda is passed outside any lock. In-place callbacks are judged per call.
package inputs.context.lambdainplacenosleepunderspin;

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
    private int count;

    void census() {
        try (SpinGuard g = lock.lock()) {
            table.forEach(id -> count += id);
        }
    }

    void flushAll() {
        table.forEach(id -> Delay.msleep(id));
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
