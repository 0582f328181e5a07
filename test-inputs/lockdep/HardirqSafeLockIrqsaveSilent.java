// Negative (IrqUnsafeLock, SleepInAtomic): the lock used in the hard-IRQ handler is taken everywhere
// else with interrupts disabled: with lockIrqsave(), nested under another lock taken with
// lockIrqsave(), or through a helper that the handler and an irqsave section both call.
package inputs.lockdep.hardirqsafelockirqsavesilent;

import dev.drivercheck.annotations.*;

final class Uart {
    private final SpinLock lock = new SpinLock();
    private final SpinLock port = new SpinLock();
    private int rx;
    private int tx;

    void account() {
        try (SpinGuard g = lock.lock()) {
            rx++;
        }
    }

    @AtomicContext(Context.HARDIRQ)
    void onInterrupt() {
        account();
    }

    void write(int b) {
        try (SpinGuard g = lock.lockIrqsave()) {
            tx = b;
        }
    }

    void reconfigure() {
        try (SpinGuard p = port.lockIrqsave()) {
            try (SpinGuard g = lock.lock()) {
                tx = 0;
            }
            account();
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
