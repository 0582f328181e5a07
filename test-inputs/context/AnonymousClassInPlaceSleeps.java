// Positive (SleepInAtomic): an anonymous class passed to a @CalledInPlace parameter runs under the
// caller's spinlock; its run() may sleep, reported at the anonymous class argument.
package inputs.context.anonymousclassinplacesleeps;

import dev.drivercheck.annotations.*;

final class Device {
    private final Spin lock = new Spin();

    void poll(Table t) {
        try (Guard g = lock.lock()) {
            t.each(
                // :: error: [SleepInAtomic]
                new Visitor() {
                    @Override
                    public void visit(int id) {
                        Delay.msleep(id);
                    }
                });
        }
    }
}

interface Visitor {
    void visit(int id);
}

final class Table {
    void each(@CalledInPlace Visitor v) {
        v.visit(1);
    }
}

@LockType(LockKind.SPIN)
final class Spin {
    @Acquires
    Guard lock() {
        return new Guard();
    }
}

@LockGuard
final class Guard implements AutoCloseable {
    @Releases
    @Override
    public void close() {}
}

final class Delay {
    @MightSleep
    static void msleep(int ms) {}
}
