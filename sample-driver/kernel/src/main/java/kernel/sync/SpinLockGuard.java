package kernel.sync;

import dev.drivercheck.annotations.Borrowed;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Owned;
import dev.drivercheck.annotations.Releases;
import kernel.debug.AtomicContextTracker;

/**
 * Proof that a {@link SpinLock} is held, and access to its data. Closing it unlocks. Like the Rust
 * guard it belongs to the thread that locked (it is !Send): closing it elsewhere, or twice, is a
 * bad unlock.
 */
@LockGuard
public final class SpinLockGuard<T> implements AutoCloseable {
    private final SpinLock<T> lock;
    final AtomicContextTracker.Section section;
    final Lockdep.Held held;
    private final Thread owner;
    private boolean open = true;

    SpinLockGuard(SpinLock<T> lock, AtomicContextTracker.Section section, Lockdep.Held held) {
        this.lock = lock;
        this.section = section;
        this.held = held;
        this.owner = Thread.currentThread();
    }

    /** The protected data; a loan that ends when the guard closes. */
    @Borrowed
    public T get() {
        checkUsable();
        return lock.data();
    }

    /** Replaces the protected data (the old value is forgotten, not dropped). */
    public void set(@Owned T value) {
        checkUsable();
        lock.data(value);
    }

    /** Replaces the protected data and hands the old value to the caller (mem::replace). */
    @Owned
    public T replace(@Owned T value) {
        checkUsable();
        T old = lock.data();
        lock.data(value);
        return old;
    }

    /** spin_unlock() / spin_unlock_irqrestore(). */
    @Override
    @Releases
    @NoSleep
    public void close() {
        if (!open || Thread.currentThread() != owner) {
            String why = !open ? "a guard that is already unlocked" : "a guard owned by " + owner.getName();
            Lockdep.badUnlock(held, !open ? "but there are no more locks to release! (the guard is already unlocked)"
                    : "but it is held by another task (" + owner.getName() + "): a guard belongs to its thread");
            throw new IllegalStateException("bad unlock of " + lock + ": " + why);
        }
        open = false;
        lock.unlock(this);
    }

    private void checkUsable() {
        if (!open) {
            throw new IllegalStateException(lock + ": guard used after unlock");
        }
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException(lock + ": guard used by " + Thread.currentThread().getName()
                    + " but owned by " + owner.getName());
        }
    }
}
