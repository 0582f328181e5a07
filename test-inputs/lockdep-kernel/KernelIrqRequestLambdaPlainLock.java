// Positive (IrqUnsafeLock): kernel model: the IrqHandler lambda given to Irq.request() (a
// @RunsIn(HARDIRQ) parameter) takes Nic.stats; readStats() (a root, interrupts enabled) takes it with
// plain lock() instead of lockIrqsave(). Reported at readStats()'s acquisition.
package inputs.lockdepkernel.kernelirqrequestlambdaplainlock;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.irq.Irq;
import kernel.irq.IrqRegistration;
import kernel.irq.IrqReturn;
import kernel.sync.SpinLock;
import kernel.sync.SpinLockGuard;

final class Stats {
    long interrupts;
}

@Pinned
final class Nic {
    @Pin private final SpinLock<Stats> stats = new SpinLock<>(new Stats());
    private IrqRegistration irq;

    void probe() {
        irq = Irq.request(9, "nic", () -> {
            try (SpinLockGuard<Stats> g = stats.lock()) {
                g.get().interrupts++;
            }
            return IrqReturn.HANDLED;
        });
    }

    long readStats() {
        // :: error: [IrqUnsafeLock]
        try (SpinLockGuard<Stats> g = stats.lock()) {
            return g.get().interrupts;
        }
    }
}
