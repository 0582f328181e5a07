// Positive (SleepInAtomic): kernel model: an implementation of kernel.irq.IrqHandler.handle()
// (@AtomicContext(HARDIRQ), inherited) waits for the firmware with msleep().
package inputs.contextkernel.kernelirqhandlersleeps;

import kernel.delay.Delay;
import kernel.irq.IrqHandler;
import kernel.irq.IrqReturn;

final class FirmwareIrq implements IrqHandler {
    private int acked;

    @Override
    public IrqReturn handle() {
        acked++;
        // :: error: [SleepInAtomic]
        Delay.msleep(1);
        return IrqReturn.HANDLED;
    }
}
