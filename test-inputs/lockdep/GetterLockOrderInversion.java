// Positive (LockOrderInversion): the locks are reached through getters; a getter that returns a lock
// field stands for that field's class, so mapLock() then stats and stats then mapLock() are an ABBA.
package inputs.lockdep.getterlockorderinversion;

import dev.drivercheck.annotations.*;

final class Vm {
    private final Mutex map = new Mutex();
    private final Mutex stats = new Mutex();
    private int pages;

    Mutex mapLock() {
        return map;
    }

    Mutex statsLock() {
        return stats;
    }

    void account() {
        try (Guard m = mapLock().lock()) {
            // :: error: [LockOrderInversion]
            try (Guard s = statsLock().lock()) {
                pages++;
            }
        }
    }

    void report() {
        try (Guard s = stats.lock()) {
            try (Guard m = map.lock()) {
                pages--;
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
