// Positive (LockNotHeld): flush() is @Excludes("lock") (it takes the lock itself); shutdown() calls it
// while holding the lock: reported at that call. sync() calls it unlocked: fine.
package inputs.lockdep.excludescalledwhileholding;

import dev.drivercheck.annotations.*;

final class Cache {
    private final Mutex lock = new Mutex();
    private int dirty;

    @Excludes("lock")
    void flush() {
        try (Guard g = lock.tryLock()) {
            if (g != null) {
                dirty = 0;
            }
        }
    }

    void sync() {
        flush();
    }

    void shutdown() {
        try (Guard g = lock.lock()) {
            dirty = -1;
            // :: error: [LockNotHeld]
            flush();
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
