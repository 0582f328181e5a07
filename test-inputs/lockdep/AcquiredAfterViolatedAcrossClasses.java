// Positive (LockOrderInversion): Queue.lock is declared @AcquiredAfter("Device.lock") (device first);
// Queue.kick() holds Queue.lock and calls Device.ping(), which takes Device.lock: against the declared
// order. Reported at the call in kick(), the outermost call in the method holding Queue.lock.
package inputs.lockdep.acquiredafterviolatedacrossclasses;

import dev.drivercheck.annotations.*;

final class Device {
    final Mutex lock = new Mutex();
    int pings;

    void ping() {
        try (Guard g = lock.lock()) {
            pings++;
        }
    }
}

final class Queue {
    @AcquiredAfter("Device.lock")
    private final Mutex lock = new Mutex();
    private final Device dev = new Device();
    private int kicks;

    void kick() {
        try (Guard g = lock.lock()) {
            kicks++;
            // :: error: [LockOrderInversion]
            dev.ping();
        }
    }
}

/** A mutex: a sleeping lock (acquiring it may block). */
@LockType(LockKind.MUTEX)
final class Mutex {
    /** mutex_lock(): the returned guard holds the mutex. */
    @Acquires
    Guard lock() {
        return new Guard();
    }

    /** mutex_lock_nested(): the same class under nesting subclass {@code subclass}. */
    @Acquires(subclassParam = 0)
    Guard lockNested(int subclass) {
        return new Guard();
    }

    /** mutex_trylock(): null when the mutex is taken; never waits. */
    @TryAcquires
    Guard tryLock() {
        return new Guard();
    }

    /** mutex_trylock() without a guard: true when taken. */
    @TryAcquires
    boolean tryLockRaw() {
        return true;
    }

    /** mutex_lock() without a guard. */
    @Acquires
    void acquire() {}

    /** mutex_unlock(). */
    @Releases
    void release() {}
}

@LockGuard
final class Guard implements AutoCloseable {
    @Releases
    @Override
    public void close() {}
}
