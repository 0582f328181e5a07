// Negative (LockLeak, UnlockNotHeld): begin() is @Acquires("lock") and returns holding it, end() is
// @Releases("lock") and starts holding it, open() is @Acquires and returns a guard holding the lock;
// the callers balance them. A @Holds method may drop and retake its lock (it starts held).
package inputs.lockdep.acquiresreleasesmethodssilent;

import dev.drivercheck.annotations.*;

final class Journal {
    private final Mutex lock = new Mutex();
    private int entries;

    @Acquires("lock")
    void begin() {
        lock.acquire();
    }

    @Releases("lock")
    void end() {
        entries++;
        lock.release();
    }

    @Acquires("lock")
    Guard open() {
        return lock.lock();
    }

    @Holds("lock")
    void yieldLock() {
        lock.release();
        entries = 0;
        lock.acquire();
    }

    void transaction() {
        begin();
        try {
            entries++;
            yieldLock();
        } finally {
            end();
        }
    }

    void append() {
        try (Guard g = open()) {
            entries++;
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
