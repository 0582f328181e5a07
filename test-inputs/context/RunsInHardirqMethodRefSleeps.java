// Positive (NoSleepViolated): a method reference to a method that sleeps (two calls down), registered
// as a @RunsIn(HARDIRQ) handler; reported at the method reference argument.
package inputs.context.runsinhardirqmethodrefsleeps;

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
                Driver::onIrq);
    }

    private static void onIrq(int line) {
        resetFirmware();
    }

    private static void resetFirmware() {
        Delay.msleep(10);
    }
}

final class Delay {
    private Delay() {}

    /** msleep(): blocks the caller. */
    @MightSleep
    static void msleep(int ms) {}
}
