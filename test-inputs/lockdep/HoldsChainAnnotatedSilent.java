// Negative (LockNotHeld, RecursiveLock): a @Holds("lock") helper calls another @Holds("lock") method
// (its own precondition covers it), and every caller of the helper holds the lock; an @Excludes method
// is only called unlocked.
package inputs.lockdep.holdschainannotatedsilent;

import dev.drivercheck.annotations.*;

final class Pool {
    private final Mutex lock = new Mutex();
    private int free;

    @Holds("lock")
    void put() {
        free++;
    }

    @Holds("lock")
    void putMany(int n) {
        for (int i = 0; i < n; i++) {
            put();
        }
    }

    @Excludes("lock")
    void drain() {
        try (Guard g = lock.lock()) {
            putMany(free);
        }
    }

    void release(int n) {
        lock.acquire();
        try {
            putMany(n);
        } finally {
            lock.release();
        }
        drain();
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
