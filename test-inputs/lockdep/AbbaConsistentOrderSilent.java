// Negative (LockOrderInversion, RecursiveLock): every path takes a before b (and b alone is fine): the
// graph has the single edge Pair.a -> Pair.b and no cycle.
package inputs.lockdep.abbaconsistentordersilent;

import dev.drivercheck.annotations.*;

final class Pair {
    private final Mutex a = new Mutex();
    private final Mutex b = new Mutex();
    private int moved;

    void forward() {
        try (Guard ga = a.lock()) {
            try (Guard gb = b.lock()) {
                moved++;
            }
        }
    }

    void backward() {
        a.acquire();
        try {
            b.acquire();
            try {
                moved--;
            } finally {
                b.release();
            }
        } finally {
            a.release();
        }
    }

    void onlyB() {
        try (Guard gb = b.lock()) {
            moved = 0;
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
