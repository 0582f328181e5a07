// Positive (LockOrderInversion): lockdep selftest ABCDBDDA: edges c -> d, a -> b, b -> d, d -> a.
// The cycle is a -> b -> d -> a; c -> d (first in the file) is not on it, so the report is at the a
// -> b site.
package inputs.lockdep.abcdbddafourlocks;

import dev.drivercheck.annotations.*;

final class Mesh {
    private final Mutex a = new Mutex();
    private final Mutex b = new Mutex();
    private final Mutex c = new Mutex();
    private final Mutex d = new Mutex();
    private int n;

    void cd() {
        try (Guard gc = c.lock()) {
            try (Guard gd = d.lock()) {
                n++;
            }
        }
    }

    void ab() {
        try (Guard ga = a.lock()) {
            // :: error: [LockOrderInversion]
            try (Guard gb = b.lock()) {
                n++;
            }
        }
    }

    void bd() {
        try (Guard gb = b.lock()) {
            try (Guard gd = d.lock()) {
                n++;
            }
        }
    }

    void da() {
        try (Guard gd = d.lock()) {
            try (Guard ga = a.lock()) {
                n++;
            }
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
