// Positive (NoSleepViolated): a sleeping lambda registered as a @RunsIn(HARDIRQ) handler; reported
// once, at the lambda argument (not again at the msleep inside it).
package inputs.context.runsinhardirqlambdasleeps;

import dev.drivercheck.annotations.Context;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.RunsIn;

interface IrqHandler {
    void handle(int irq);
}

final class IrqLine {
    private IrqHandler handler;

    void request(int line, @RunsIn(Context.HARDIRQ) IrqHandler h) {
        this.handler = h;
    }
}

final class Driver {
    private final IrqLine irq = new IrqLine();

    void probe() {
        irq.request(7,
                // :: error: [NoSleepViolated]
                line -> {
                    Delay.msleep(1);
                });
    }
}

final class Delay {
    private Delay() {}

    /** msleep(): blocks the caller. */
    @MightSleep
    static void msleep(int ms) {}
}
