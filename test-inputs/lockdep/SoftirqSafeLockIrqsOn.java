// Positive (IrqUnsafeLock): Timer.lock is taken in the SOFTIRQ timer callback and by the root arm()
// with interrupts (and softirqs) enabled: the timer can fire on this CPU while arm() holds it.
package inputs.lockdep.softirqsafelockirqson;

import dev.drivercheck.annotations.*;

final class Timer {
    private final SpinLock lock = new SpinLock();
    private long expires;

    @AtomicContext(Context.SOFTIRQ)
    void expired() {
        try (SpinGuard g = lock.lock()) {
            expires = 0;
        }
    }

    void arm(long when) {
        // :: error: [IrqUnsafeLock]
        try (SpinGuard g = lock.lock()) {
            expires = when;
        }
    }
}

/** A spinlock: holding it makes the holder atomic. */
@LockType(LockKind.SPIN)
final class SpinLock {
    /** spin_lock(): interrupts stay as they are. */
    @Acquires
    SpinGuard lock() {
        return new SpinGuard();
    }

    /** spin_lock_irqsave(): also disables local interrupts until the guard closes. */
    @Acquires(irqsOff = true)
    SpinGuard lockIrqsave() {
        return new SpinGuard();
    }

    /** spin_trylock(): null when the lock is taken. */
    @TryAcquires
    SpinGuard tryLock() {
        return new SpinGuard();
    }

    /** spin_lock() without a guard. */
    @Acquires
    void acquire() {}

    /** spin_unlock(). */
    @Releases
    void release() {}
}

@LockGuard
final class SpinGuard implements AutoCloseable {
    @Releases
    @Override
    public void close() {}
}
