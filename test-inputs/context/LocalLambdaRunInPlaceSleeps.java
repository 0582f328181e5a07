// Positive (SleepInAtomic): a lambda kept in a local variable, then handed to a method that runs it
// in place under a spinlock: the sleep inside the lambda body is reported.
package inputs.context.locallambdaruninplacesleeps;

import dev.drivercheck.annotations.*;

final class Device {
    private final Spin lock = new Spin();

    void flush() {
        Runnable work = () -> {
            // :: error: [SleepInAtomic]
            Delay.msleep(5);
        };
        lock.withLock(work);
    }
}

@LockType(LockKind.SPIN)
final class Spin {
    @Acquires
    Guard lock() {
        return new Guard();
    }

    /** Runs {@code body} with the lock held (the callee's body shows it: inferred in place). */
    void withLock(Runnable body) {
        try (Guard g = lock()) {
            body.run();
        }
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
