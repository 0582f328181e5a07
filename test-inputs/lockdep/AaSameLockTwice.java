// Positive (RecursiveLock): lockdep selftest AA: the same mutex taken twice on one path; the second
// mutex_lock() waits for the holder, which is this thread. Reported at the second acquisition only.
package inputs.lockdep.aasamelocktwice;

import dev.drivercheck.annotations.*;

final class Counter {
    private final Mutex lock = new Mutex();
    private int value;

    void bump() {
        try (Guard outer = lock.lock()) {
            value++;
            // :: error: [RecursiveLock]
            try (Guard inner = lock.lock()) {
                value++;
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
