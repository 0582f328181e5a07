// Negative (RecursiveLock, LockLeak, UnlockNotHeld): CondVar.await(guard) releases the guard's mutex for
// the sleep and retakes it before returning; the guard is lent, not escaped, and the retake is not a
// second acquisition of a held class.
package inputs.lockdep.condvarwaitretakesmutexsilent;

import dev.drivercheck.annotations.*;

/** A condition variable: await() drops the guard's mutex, sleeps, and takes it back. */
final class CondVar {
    @MightSleep
    void await(Guard guard) {}

    void notifyAllWaiters() {}
}

final class Fence {
    private final Mutex lock = new Mutex();
    private final CondVar signaled = new CondVar();
    private boolean done;

    void waitDone() {
        try (Guard g = lock.lock()) {
            while (!done) {
                signaled.await(g);
            }
        }
    }

    void signal() {
        try (Guard g = lock.lock()) {
            done = true;
            signaled.notifyAllWaiters();
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
