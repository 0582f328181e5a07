// Positive (IrqUnsafeLock): kick() holds Dev.lock with interrupts off and queues work; the work lambda
// (@RunsIn(PROCESS)) runs later with interrupts enabled and takes Dev.lock plainly, while the hard-IRQ
// handler also takes it. Reported at the acquisition inside the lambda, not at kick()'s.
package inputs.lockdep.irqunsafeindeferredwork;

import dev.drivercheck.annotations.*;

final class Workqueue {
    private Workqueue() {}

    static void enqueue(@RunsIn(Context.PROCESS) Runnable work) {}
}

final class Dev {
    private final SpinLock lock = new SpinLock();
    private int pending;

    @AtomicContext(Context.HARDIRQ)
    void irq() {
        try (SpinGuard g = lock.lock()) {
            pending++;
        }
    }

    void kick() {
        try (SpinGuard g = lock.lockIrqsave()) {
            pending++;
            Workqueue.enqueue(() -> {
                // :: error: [IrqUnsafeLock]
                try (SpinGuard w = lock.lock()) {
                    pending = 0;
                }
            });
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
