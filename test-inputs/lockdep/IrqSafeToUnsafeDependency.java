// Positive (IrqUnsafeLock): lockdep selftest "hard-safe-A + unsafe-B": Dma.ring is hardirq-safe (the
// handler takes it); configure() takes Dma.regs while holding ring (irqsave), an edge ring -> regs;
// peek() takes regs with interrupts enabled. The IRQ can then spin on ring while its holder waits for
// regs. Reported at peek()'s acquisition of regs, the one made with interrupts enabled.
package inputs.lockdep.irqsafetounsafedependency;

import dev.drivercheck.annotations.*;

final class Dma {
    private final SpinLock ring = new SpinLock();
    private final SpinLock regs = new SpinLock();
    private int head;
    private int ctrl;

    @AtomicContext(Context.HARDIRQ)
    void complete() {
        try (SpinGuard g = ring.lock()) {
            head++;
        }
    }

    void configure(int value) {
        try (SpinGuard r = ring.lockIrqsave()) {
            try (SpinGuard g = regs.lock()) {
                ctrl = value + head;
            }
        }
    }

    int peek() {
        // :: error: [IrqUnsafeLock]
        try (SpinGuard g = regs.lock()) {
            return ctrl;
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
