// Positive (SleepInAtomic): the spinlock is held here; the sleep is in Firmware, two calls down.
package inputs.context.crossfilechain;

import dev.drivercheck.annotations.*;

final class Driver {
    private final Spin lock = new Spin();
    private final Queue queue = new Queue();

    void submit() {
        try (Guard g = lock.lock()) {
            // :: error: [SleepInAtomic]
            queue.push(1);
        }
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
