// Negative (NoSleepViolated): a non-sleeping lambda registered as a @RunsIn(HARDIRQ) handler, and a
// sleeping one registered as a @RunsIn(PROCESS) threaded handler; both are fine.
package inputs.context.runsinhardirqlambdanosleep;

import dev.drivercheck.annotations.Context;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.RunsIn;

interface IrqHandler {
    void handle(int irq);
}

final class IrqLine {
    private IrqHandler hard;
    private IrqHandler thread;

    void requestThreaded(int line, @RunsIn(Context.HARDIRQ) IrqHandler h,
            @RunsIn(Context.PROCESS) IrqHandler threadFn) {
        this.hard = h;
        this.thread = threadFn;
    }
}

final class Driver {
    private final IrqLine irq = new IrqLine();
    private int pending;

    void probe() {
        irq.requestThreaded(7,
                line -> {
                    pending++;
                },
                line -> {
                    Delay.msleep(1);
                    pending = 0;
                });
    }
}

final class Delay {
    private Delay() {}

    /** msleep(): blocks the caller. */
    @MightSleep
    static void msleep(int ms) {}
}
