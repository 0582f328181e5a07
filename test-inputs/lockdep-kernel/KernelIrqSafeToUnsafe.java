// Positive (IrqUnsafeLock): kernel model: Fifo.ring is used by the IRQ handler; fill() takes Fifo.meta
// under ring (irqsave), so ring -> meta; level() takes meta with interrupts enabled, making an
// irq-safe -> irq-unsafe dependency. Reported at level()'s acquisition of meta.
package inputs.lockdepkernel.kernelirqsafetounsafe;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.irq.IrqHandler;
import kernel.irq.IrqReturn;
import kernel.sync.SpinLock;
import kernel.sync.SpinLockGuard;

@Pinned
final class Fifo {
    @Pin final SpinLock<int[]> ring = new SpinLock<>(new int[64]);
    @Pin final SpinLock<int[]> meta = new SpinLock<>(new int[2]);

    void fill(int value) {
        try (SpinLockGuard<int[]> r = ring.lockIrqsave()) {
            try (SpinLockGuard<int[]> m = meta.lock()) {
                r.get()[m.get()[0]++ & 63] = value;
            }
        }
    }

    int level() {
        // :: error: [IrqUnsafeLock]
        try (SpinLockGuard<int[]> m = meta.lock()) {
            return m.get()[0] - m.get()[1];
        }
    }
}

final class FifoIrq implements IrqHandler {
    private final Fifo fifo;

    FifoIrq(Fifo fifo) {
        this.fifo = fifo;
    }

    @Override
    public IrqReturn handle() {
        try (SpinLockGuard<int[]> r = fifo.ring.lock()) {
            r.get()[0] = 0;
        }
        return IrqReturn.HANDLED;
    }
}
