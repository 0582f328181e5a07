// Positive (RecursiveLock): asahi pattern: flushAll() holds Vm.lock and calls invalidate(), which
// takes Vm.lock again (on another Vm, same class). Reported at the call in flushAll(); invalidate()
// called on its own (from evict()) is fine.
package inputs.lockdep.calleeretakesheldclass;

import dev.drivercheck.annotations.*;

final class Vm {
    final Mutex lock = new Mutex();
    Vm parent;
    int tlbGen;

    void invalidate() {
        try (Guard g = lock.lock()) {
            tlbGen++;
        }
    }

    void flushAll() {
        try (Guard g = lock.lock()) {
            tlbGen++;
            if (parent != null) {
                // :: error: [RecursiveLock]
                parent.invalidate();
            }
        }
    }

    void evict() {
        invalidate();
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
