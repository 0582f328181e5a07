// Positive (LockNotHeld): recalc() is unannotated and calls the @Holds("lock") method apply(); the
// requirement flows to recalc()'s callers: locked() holds the lock (fine); refresh() does not and is
// itself called by the root poll(), so the report is at poll()'s call of refresh(), the outermost call.
package inputs.lockdep.holdsrequirementflowstocallers;

import dev.drivercheck.annotations.*;

final class Governor {
    private final Mutex lock = new Mutex();
    private int level;

    @Holds("lock")
    void apply(int next) {
        level = next;
    }

    void recalc() {
        apply(level + 1);
    }

    void locked() {
        try (Guard g = lock.lock()) {
            recalc();
        }
    }

    void refresh() {
        recalc();
    }

    void poll() {
        // :: error: [LockNotHeld]
        refresh();
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
