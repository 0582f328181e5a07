// Negative (UnlockNotHeld, LockLeak): finish() is @Releases("lock"): it starts with the lock held, so
// its release() is fine; submit() takes the lock and hands it to finish() on every path.
package inputs.lockdep.releasesinannotatedmethodsilent;

import dev.drivercheck.annotations.*;

final class Batch {
    private final Mutex lock = new Mutex();
    private int queued;

    @Releases("lock")
    void finish(boolean flush) {
        if (flush) {
            queued = 0;
        }
        lock.release();
    }

    void submit(boolean flush) {
        lock.acquire();
        queued++;
        finish(flush);
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
