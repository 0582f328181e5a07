// Negative (LockLeak, UnlockNotHeld): acquire/try/finally-release and try-with-resources guards release
// on every path, including the explicit throw and the early return.
package inputs.lockdep.tryfinallyandguardssilent;

import dev.drivercheck.annotations.*;

final class Store {
    private final Mutex lock = new Mutex();
    private final Mutex index = new Mutex();
    private int size;

    int take() {
        lock.acquire();
        try {
            if (size == 0) {
                return -1;
            }
            if (size < 0) {
                throw new IllegalStateException("corrupt");
            }
            return --size;
        } finally {
            lock.release();
        }
    }

    int peek() {
        try (Guard g = lock.lock()) {
            if (size == 0) {
                throw new IllegalStateException("empty");
            }
            try (Guard i = index.lock()) {
                return size;
            }
        }
    }

    void poll() {
        try (Guard g = lock.tryLock()) {
            if (g == null) {
                return;
            }
            size++;
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
