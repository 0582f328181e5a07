// Positive (IrqUnsafeLock): bump() takes Counter.lock with plain lock(); it is called from the hard-IRQ
// handler, under an irqsave lock (fine), and from the root ioctl() with interrupts enabled: reported at
// ioctl()'s call of bump(), the outermost call in the method where interrupts are known enabled.
package inputs.lockdep.irqunsafethroughhelper;

import dev.drivercheck.annotations.*;

final class Counter {
    private final SpinLock lock = new SpinLock();
    private final SpinLock outer = new SpinLock();
    private int events;

    void bump() {
        try (SpinGuard g = lock.lock()) {
            events++;
        }
    }

    @AtomicContext(Context.HARDIRQ)
    void isr() {
        bump();
    }

    void batch() {
        try (SpinGuard o = outer.lockIrqsave()) {
            bump();
        }
    }

    void ioctl() {
        // :: error: [IrqUnsafeLock]
        bump();
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
