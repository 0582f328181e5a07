// Negative (IrqUnsafeLock, RecursiveLock): a lock used by the hard-IRQ handler is taken plainly, but
// only inside a local_irq_save() section (an IRQ_OFF lock): interrupts are off, so it is IRQ-safe.
// IRQ_OFF sections nest (a reentrant kind), so the inner section is no recursion.
package inputs.lockdep.irqoffsectionprotectssilent;

import dev.drivercheck.annotations.*;

/** local_irq_save() / local_irq_restore(). */
@LockType(LockKind.IRQ_OFF)
final class LocalIrq {
    static final LocalIrq CPU = new LocalIrq();

    @Acquires
    IrqGuard save() {
        return new IrqGuard();
    }
}

@LockGuard
final class IrqGuard implements AutoCloseable {
    @Releases
    @Override
    public void close() {}
}

final class Gpio {
    private final SpinLock lock = new SpinLock();
    private int level;

    @AtomicContext(Context.HARDIRQ)
    void edge() {
        try (SpinGuard g = lock.lock()) {
            level ^= 1;
        }
    }

    void set(int value) {
        try (IrqGuard off = LocalIrq.CPU.save()) {
            try (IrqGuard again = LocalIrq.CPU.save()) {
                try (SpinGuard g = lock.lock()) {
                    level = value;
                }
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
