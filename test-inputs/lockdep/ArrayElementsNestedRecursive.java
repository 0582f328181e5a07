// Positive (RecursiveLock): all elements of the lock array field Cpus.locks share one class, so
// taking locks[to] while holding locks[from] is a recursive acquisition of Cpus.locks (and
// deadlocks if from == to).
package inputs.lockdep.arrayelementsnestedrecursive;

import dev.drivercheck.annotations.*;

final class Cpus {
    private final Mutex[] locks = {new Mutex(), new Mutex(), new Mutex(), new Mutex()};
    private final int[] load = new int[4];

    void migrate(int from, int to) {
        try (Guard src = locks[from].lock()) {
            // :: error: [RecursiveLock]
            try (Guard dst = locks[to].lock()) {
                load[from]--;
                load[to]++;
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
