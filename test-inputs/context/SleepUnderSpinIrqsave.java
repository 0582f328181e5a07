// Positive (SleepInAtomic): msleep() under spin_lock_irqsave (irqsOff = true):
// interrupts are off and the spinlock is held, so the sleep is in atomic context.
package inputs.context.sleepunderspinirqsave;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Releases;

final class Device {
    private final IrqSpinLock lock = new IrqSpinLock();
    private int pending;

    void update() {
        long flags = lock.lockIrqsave();
        try {
            pending++;
            // :: error: [SleepInAtomic]
            Delay.msleep(1);
        } finally {
            lock.unlockIrqrestore(flags);
        }
    }
}

/** spin_lock_irqsave / spin_unlock_irqrestore. */
@LockType(LockKind.SPIN)
final class IrqSpinLock {
    @Acquires(irqsOff = true)
    long lockIrqsave() {
        return 0L;
    }

    @Releases
    void unlockIrqrestore(long flags) {}
}

final class Delay {
    private Delay() {}

    /** msleep(): blocks the caller. */
    @MightSleep
    static void msleep(int ms) {}
}
