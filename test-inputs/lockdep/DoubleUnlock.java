// Positive (UnlockNotHeld): lockdep selftest double unlock: release() twice after one acquire(); the
// second mutex_unlock() releases a mutex that is no longer held.
package inputs.lockdep.doubleunlock;

import dev.drivercheck.annotations.*;

final class Stats {
    private final Mutex lock = new Mutex();
    private int samples;

    void reset() {
        lock.acquire();
        samples = 0;
        lock.release();
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
