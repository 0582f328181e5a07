// Negative (SleepInAtomic, NoSleepViolated): kernel model: a hard-IRQ handler busy-waits with udelay
// (@NoSleep) and defers the sleeping part to the system workqueue (@RunsIn(PROCESS)). Silent.
package inputs.contextkernel.kernelirqhandlerdeferstoworkqueue;

import kernel.delay.Delay;
import kernel.irq.IrqHandler;
import kernel.irq.IrqReturn;
import kernel.workqueue.Workqueue;

final class FirmwareIrq implements IrqHandler {
    private int pending;

    @Override
    public IrqReturn handle() {
        pending++;
        Delay.udelay(5);
        Workqueue.system().queue(() -> {
            Delay.msleep(10);
            pending = 0;
        });
        return IrqReturn.HANDLED;
    }
}
