// Positive (NoSleepViolated): a @NoSleep method reaches msleep() through two helpers; reported at
// the outermost sleeping call in the @NoSleep body.
package inputs.context.nosleepmethodsleeps;

import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;

final class Stats {
    private int hits;

    @NoSleep
    int sample() {
        hits++;
        // :: error: [NoSleepViolated]
        refresh();
        return hits;
    }

    private void refresh() {
        readSensor();
    }

    private void readSensor() {
        Delay.msleep(1);
    }
}

final class Delay {
    private Delay() {}

    /** msleep(): blocks the caller. */
    @MightSleep
    static void msleep(int ms) {}
}
