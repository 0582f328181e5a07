// Positive (NoSleepViolated): an implementation of a @NoSleep interface method sleeps; the promise
// is inherited, so the implementation is held to it.
package inputs.context.nosleepinterfaceimplsleeps;

import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;

interface Ops {
    @NoSleep
    int status();
}

final class FastOps implements Ops {
    @Override
    public int status() {
        return 1;
    }
}

final class SlowOps implements Ops {
    @Override
    public int status() {
        // :: error: [NoSleepViolated]
        Delay.msleep(1);
        return 0;
    }
}

final class Delay {
    private Delay() {}

    /** msleep(): blocks the caller. */
    @MightSleep
    static void msleep(int ms) {}
}
