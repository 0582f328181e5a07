// Positive (RecursiveLock): @LockClass("ring") puts Tx.lock and Rx.lock into one class; loopback()
// takes one while holding the other, a recursive acquisition of class "ring".
package inputs.lockdep.lockclassnamestwofields;

import dev.drivercheck.annotations.*;

final class Tx {
    @LockClass("ring")
    final SpinLock lock = new SpinLock();
    int sent;
}

final class Rx {
    @LockClass("ring")
    final SpinLock lock = new SpinLock();
    int received;
}

final class Nic {
    void loopback(Tx tx, Rx rx) {
        try (SpinGuard t = tx.lock.lock()) {
            // :: error: [RecursiveLock]
            try (SpinGuard r = rx.lock.lock()) {
                rx.received += tx.sent;
            }
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
