// Negative (RecursiveLock, LockOrderInversion): two elements of one lock array taken nested, the inner
// one with lockNested(SINGLE_DEPTH_NESTING) (callers order them by index, as double_rq_lock() does):
// different subclasses, so no recursion and no cycle.
package inputs.lockdep.arrayelementsnestedsubclasssilent;

import dev.drivercheck.annotations.*;

final class Cpus {
    static final int SINGLE_DEPTH_NESTING = 1;

    private final Mutex[] locks = {new Mutex(), new Mutex(), new Mutex(), new Mutex()};
    private final int[] load = new int[4];

    void migrate(int from, int to) {
        int first = Math.min(from, to);
        int second = Math.max(from, to);
        try (Guard a = locks[first].lock()) {
            try (Guard b = locks[second].lockNested(SINGLE_DEPTH_NESTING)) {
                load[from]--;
                load[to]++;
            }
        }
    }

    void balance(int cpu) {
        try (Guard a = locks[cpu].lock()) {
            load[cpu] = 0;
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
