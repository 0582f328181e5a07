// Positive (LockOrderInversion): lockdep selftest ABBCCDDA: a -> b, b -> c, c -> d, d -> a, a cycle of
// four classes spread over four methods. One report, at the a -> b site.
package inputs.lockdep.abbccddafourlocks;

import dev.drivercheck.annotations.*;

final class Square {
    private final Mutex a = new Mutex();
    private final Mutex b = new Mutex();
    private final Mutex c = new Mutex();
    private final Mutex d = new Mutex();
    private int n;

    void ab() {
        try (Guard ga = a.lock()) {
            // :: error: [LockOrderInversion]
            try (Guard gb = b.lock()) {
                n++;
            }
        }
    }

    void bc() {
        try (Guard gb = b.lock()) {
            try (Guard gc = c.lock()) {
                n++;
            }
        }
    }

    void cd() {
        try (Guard gc = c.lock()) {
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
