// Negative (IrqUnsafeLock, SleepInAtomic): kernel model: an IrqHandler implementation (hard-IRQ,
// inherited from IrqHandler.handle()) takes Stats' lock plainly; process code takes it only with
// lockIrqsave() or withLockIrqsave(), so interrupts are off whenever it is held there.
package inputs.lockdepkernel.kernelirqhandlerirqsavesilent;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.irq.IrqHandler;
import kernel.irq.IrqReturn;
import kernel.sync.SpinLock;
import kernel.sync.SpinLockGuard;

final class Counters {
    long events;
}

@Pinned
final class Stats {
    @Pin final SpinLock<Counters> lock = new SpinLock<>(new Counters());

    long read() {
        try (SpinLockGuard<Counters> g = lock.lockIrqsave()) {
            return g.get().events;
        }
    }

    void reset() {
        lock.withLockIrqsave(g -> {
            g.get().events = 0;
            return null;
        });
    }
}

final class EventIrq implements IrqHandler {
    private final Stats stats;

    EventIrq(Stats stats) {
        this.stats = stats;
    }

    @Override
    public IrqReturn handle() {
        try (SpinLockGuard<Counters> g = stats.lock.lock()) {
            g.get().events++;
        }
        return IrqReturn.HANDLED;
    }
}
