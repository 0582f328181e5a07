// Positive (LockLeak): an explicit throw while the mutex is held, with no finally: the exception path
// leaves the method with the lock held. Reported at the acquisition.
package inputs.lockdep.throwwhileholdingleak;

import dev.drivercheck.annotations.*;

final class Ring {
    private final Mutex lock = new Mutex();
    private int head;
    private int tail;

    void advance(int n) {
        // :: error: [LockLeak]
        lock.acquire();
        if (head + n > tail) {
            throw new IllegalArgumentException("past the tail");
        }
        head += n;
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
