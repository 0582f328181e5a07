// Positive (IrqUnsafeLock): the lambda passed to Irq.request()'s @RunsIn(HARDIRQ) parameter takes
// Nic.lock in hard-IRQ context; poll() (a root) takes it with interrupts enabled. Reported in poll().
package inputs.lockdep.runsinhardirqlambdalockirqson;

import dev.drivercheck.annotations.*;

final class Irq {
    private Irq() {}

    static void request(int line, @RunsIn(Context.HARDIRQ) Runnable handler) {}
}

final class Nic {
    private final SpinLock lock = new SpinLock();
    private int packets;

    void probe() {
        Irq.request(11, () -> {
            try (SpinGuard g = lock.lock()) {
                packets++;
            }
        });
    }

    int poll() {
        // :: error: [IrqUnsafeLock]
        try (SpinGuard g = lock.lock()) {
            return packets;
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
