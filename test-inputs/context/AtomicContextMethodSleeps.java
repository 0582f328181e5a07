// Positive (SleepInAtomic): an @AtomicContext(HARDIRQ) IRQ handler method calls msleep();
// the whole body runs in atomic context.
package inputs.context.atomiccontextmethodsleeps;

import dev.drivercheck.annotations.AtomicContext;
import dev.drivercheck.annotations.Context;
import dev.drivercheck.annotations.MightSleep;

final class GpuIrq {
    private int count;

    @AtomicContext(Context.HARDIRQ)
    void handleIrq(int irq) {
        count++;
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
