// Positive (LockOrderInversion): Engine.state is declared @AcquiredBefore("queue"); requeue() takes
// state while holding queue, against the declared order. Reported at that acquisition, not at the
// annotation; submit() (later in the file) follows the order and adds nothing.
package inputs.lockdep.acquiredbeforeviolated;

import dev.drivercheck.annotations.*;

final class Engine {
    @AcquiredBefore("queue")
    private final Mutex state = new Mutex();
    private final Mutex queue = new Mutex();
    private int jobs;

    void requeue() {
        try (Guard q = queue.lock()) {
            // :: error: [LockOrderInversion]
            try (Guard s = state.lock()) {
                jobs--;
            }
        }
    }

    void submit() {
        try (Guard s = state.lock()) {
            try (Guard q = queue.lock()) {
                jobs++;
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
