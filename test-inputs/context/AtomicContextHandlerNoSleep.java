// Negative (SleepInAtomic): an @AtomicContext(HARDIRQ) handler implementation that only takes an
// irq-safe spinlock and updates counters; process context takes the same lock with irqsave.
package inputs.context.atomiccontexthandlernosleep;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.AtomicContext;
import dev.drivercheck.annotations.Context;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Releases;

interface IrqHandler {
    @AtomicContext(Context.HARDIRQ)
    void handle(int irq);
}

@LockType(LockKind.SPIN)
final class IrqSpinLock {
    @Acquires
    void lock() {}

    @Acquires(irqsOff = true)
    long lockIrqsave() {
        return 0L;
    }

    @Releases
    void unlock() {}

    @Releases
    void unlockIrqrestore(long flags) {}
}

final class GpuIrq implements IrqHandler {
    private final IrqSpinLock lock = new IrqSpinLock();
    private int events;

    @Override
    public void handle(int irq) {
        lock.lock();
        try {
            events++;
        } finally {
            lock.unlock();
        }
    }

    int drainEvents() {
        int n;
        long flags = lock.lockIrqsave();
        try {
            n = events;
            events = 0;
        } finally {
            lock.unlockIrqrestore(flags);
        }
        Delay.msleep(n);
        return n;
    }
}

final class Delay {
    private Delay() {}

    /** msleep(): blocks the caller. */
    @MightSleep
    static void msleep(int ms) {}
}
