// Positive (IrqUnsafeLock): lockdep selftest "hard-safe-A + irqs-on": Uart.lock is taken in the hard-IRQ
// handler, and write() (a root: interrupts enabled) takes it with plain lock(): the IRQ can arrive on
// this CPU while write() holds it and spin forever. flush() uses lockIrqsave() and is fine.
package inputs.lockdep.hardirqsafelockirqson;

import dev.drivercheck.annotations.*;

final class Uart {
    private final SpinLock lock = new SpinLock();
    private int rx;
    private int tx;

    @AtomicContext(Context.HARDIRQ)
    void onInterrupt() {
        try (SpinGuard g = lock.lock()) {
            rx++;
        }
    }

    void write(int b) {
        // :: error: [IrqUnsafeLock]
        try (SpinGuard g = lock.lock()) {
            tx = b;
        }
    }

    void flush() {
        try (SpinGuard g = lock.lockIrqsave()) {
            tx = 0;
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
