// Positive (LockOrderInversion): @LockClass("ring") makes Tx.lock and Rx.lock one class; Stats.lock
// is taken under Tx.lock in one method, and Rx.lock under Stats.lock in another: "ring" ->
// Stats.lock -> "ring" is a cycle through the shared class. Reported at the first edge site
// (Stats.lock under Tx.lock).
package inputs.lockdep.lockclassnameordercycle;

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

final class Stats {
    final SpinLock lock = new SpinLock();
    int packets;
}

final class Nic {
    void send(Tx tx, Stats stats) {
        try (SpinGuard t = tx.lock.lock()) {
            // :: error: [LockOrderInversion]
            try (SpinGuard s = stats.lock.lock()) {
                stats.packets += tx.sent;
            }
        }
    }

    void account(Stats stats, Rx rx) {
        try (SpinGuard s = stats.lock.lock()) {
            try (SpinGuard r = rx.lock.lock()) {
                stats.packets += rx.received;
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
