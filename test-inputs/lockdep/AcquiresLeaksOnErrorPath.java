// Positive and negative (LockLeak): alloc() returns holding the allocator lock by contract
// (@Acquires), but when the garbage collection under it fails with the error Firmware.invalidate()
// declares, the lock leaves with the exception: the caller gets no guard to drop. Reported at the
// acquisition. The fixed allocFixed() drops it on that path and rethrows.
package inputs.lockdep.acquiresleaksonerrorpath;

import dev.drivercheck.annotations.*;

final class TimeoutError extends RuntimeException {
    TimeoutError(String message) {
        super(message);
    }
}

final class Firmware {
    void invalidate(int ctx) throws TimeoutError {
        if (ctx < 0) {
            throw new TimeoutError("firmware did not complete");
        }
    }
}

final class Allocators {
    private final Mutex lock = new Mutex();
    private final Firmware fw = new Firmware();

    @Acquires("lock")
    Guard alloc(int garbage) {
        // :: error: [LockLeak]
        Guard g = lock.lock();
        fw.invalidate(garbage);
        return g;
    }

    @Acquires("lock")
    Guard allocFixed(int garbage) {
        Guard g = lock.lock();
        try {
            fw.invalidate(garbage);
        } catch (TimeoutError e) {
            g.close();
            throw e;
        }
        return g;
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
