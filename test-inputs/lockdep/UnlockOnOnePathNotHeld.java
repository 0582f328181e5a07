// Positive (UnlockNotHeld): the lock is taken only when 'shared' is true but released on every path:
// on the path where it was not taken, release() unlocks a mutex that is not held.
package inputs.lockdep.unlockononepathnotheld;

import dev.drivercheck.annotations.*;

final class Table {
    private final Mutex lock = new Mutex();
    private int rows;

    void insert(boolean shared) {
        if (shared) {
            lock.acquire();
        }
        rows++;
        // :: error: [UnlockNotHeld]
        lock.release();
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
