// Positive (LockOrderInversion): lockdep selftest ABCABC: edges a -> b, c -> a, b -> c taken in that
// order by three methods close the cycle a -> b -> c -> a. One report, at the a -> b site.
package inputs.lockdep.abcabcthreelocks;

import dev.drivercheck.annotations.*;

final class Ring {
    private final Mutex a = new Mutex();
    private final Mutex b = new Mutex();
    private final Mutex c = new Mutex();
    private int n;

    void first() {
        a.acquire();
        // :: error: [LockOrderInversion]
        b.acquire();
        n++;
        b.release();
        a.release();
    }

    void second() {
        c.acquire();
        a.acquire();
        n++;
        a.release();
        c.release();
    }

    void third() {
        b.acquire();
        c.acquire();
        n++;
        c.release();
        b.release();
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
