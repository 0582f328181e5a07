// Positive (SleepInAtomic): an implementation of an @AtomicContext interface method sleeps; the
// atomic context is inherited by overriders (SleepInAtomic, not NoSleepViolated).
package inputs.context.atomiccontextoverridesleeps;

import dev.drivercheck.annotations.AtomicContext;
import dev.drivercheck.annotations.Context;
import dev.drivercheck.annotations.MightSleep;

interface IrqHandler {
    @AtomicContext(Context.HARDIRQ)
    void handle(int irq);
}

final class FirmwareIrq implements IrqHandler {
    private int acked;

    @Override
    public void handle(int irq) {
        acked++;
        // :: error: [SleepInAtomic]
        Delay.msleep(1);
    }
}

final class Delay {
    private Delay() {}

    /** msleep(): blocks the caller. */
    @MightSleep
    static void msleep(int ms) {}
}
