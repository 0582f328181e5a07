package kernel.sync;

import dev.drivercheck.annotations.Borrowed;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Owned;
import dev.drivercheck.annotations.Releases;
import kernel.debug.CallSite;

/**
 * Proof that a {@link Mutex} is held, and access to its data. Closing it unlocks. It belongs to the
 * thread that locked; {@link CondVar#wait(MutexGuard)} borrows it to drop and retake the mutex.
 */
@LockGuard
public final class MutexGuard<T> implements AutoCloseable {
    private final Mutex<T> mutex;
    private final int subclass;
    private final Thread owner;
    private Lockdep.Held held;
    private boolean open = true;

    MutexGuard(Mutex<T> mutex, Lockdep.Held held, int subclass) {
        this.mutex = mutex;
        this.held = held;
        this.subclass = subclass;
        this.owner = Thread.currentThread();
    }

    /** The protected data; a loan that ends when the guard closes. */
    @Borrowed
    public T get() {
        checkUsable();
        return mutex.data();
    }

    /** Replaces the protected data (the old value is forgotten, not dropped). */
    public void set(@Owned T value) {
        checkUsable();
        mutex.data(value);
    }

    /** Replaces the protected data and hands the old value to the caller (mem::replace). */
    @Owned
    public T replace(@Owned T value) {
        checkUsable();
        T old = mutex.data();
        mutex.data(value);
        return old;
    }

    /** mutex_unlock(): never sleeps. */
    @Override
    @Releases
    @NoSleep
    public void close() {
        if (!open || Thread.currentThread() != owner) {
            String why = !open ? "a guard that is already unlocked" : "a guard owned by " + owner.getName();
            Lockdep.badUnlock(held, !open ? "but there are no more locks to release! (the guard is already unlocked)"
                    : "but it is held by another task (" + owner.getName() + "): a guard belongs to its thread");
            throw new IllegalStateException("bad unlock of " + mutex + ": " + why);
        }
        open = false;
        mutex.unlockRaw(held);
    }

    /** CondVar: drop the mutex for the sleep; the guard stays open but unusable meanwhile. */
    void unlockForWait() {
        checkUsable();
        mutex.unlockRaw(held);
        open = false;
    }

    /** CondVar: take the mutex back after the sleep. */
    void relockAfterWait() {
        held = mutex.lockRaw(subclass, CallSite.describe());
        open = true;
    }

    void checkUsable() {
        if (!open) {
            throw new IllegalStateException(mutex + ": guard used after unlock");
        }
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException(mutex + ": guard used by " + Thread.currentThread().getName()
                    + " but owned by " + owner.getName());
        }
    }
}
