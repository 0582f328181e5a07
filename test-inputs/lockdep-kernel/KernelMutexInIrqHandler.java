// Positive (SleepInAtomic): kernel model: an IrqHandler takes a kernel Mutex, which is also taken in
// process context with interrupts on. A sleeping lock in hard-IRQ context is SleepInAtomic at the
// handler's lock(), never IrqUnsafeLock.
package inputs.lockdepkernel.kernelmutexinirqhandler;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.irq.IrqHandler;
import kernel.irq.IrqReturn;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;

@Pinned
final class Fw {
    @Pin final Mutex<int[]> mbox = new Mutex<>(new int[1]);

    int read() {
        try (MutexGuard<int[]> g = mbox.lock()) {
            return g.get()[0];
        }
    }
}

final class FwIrq implements IrqHandler {
    private final Fw fw;

    FwIrq(Fw fw) {
        this.fw = fw;
    }

    @Override
    public IrqReturn handle() {
        // :: error: [SleepInAtomic]
        try (MutexGuard<int[]> g = fw.mbox.lock()) {
            g.get()[0] = 1;
        }
        return IrqReturn.HANDLED;
    }
}
