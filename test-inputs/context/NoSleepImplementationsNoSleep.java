// Negative (NoSleepViolated): every implementation of a @NoSleep interface method stays non-sleeping;
// reset(), not @NoSleep, sleeps in one of them, which the promise does not cover.
package inputs.context.nosleepimplementationsnosleep;

import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;

interface Ops {
    @NoSleep
    int status();

    void reset();
}

final class FastOps implements Ops {
    private int state;

    @Override
    public int status() {
        return state;
    }

    @Override
    public void reset() {
        Delay.msleep(5);
        state = 0;
    }
}

final class CachedOps implements Ops {
    private final int[] cache = new int[1];

    @Override
    public int status() {
        return cache[0];
    }

    @Override
    public void reset() {
        cache[0] = 0;
    }
}

final class Delay {
    private Delay() {}

    /** msleep(): blocks the caller. */
    @MightSleep
    static void msleep(int ms) {}
}
