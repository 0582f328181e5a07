package kernel.delay;

import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import java.util.concurrent.TimeUnit;
import kernel.debug.AtomicContextTracker;

/**
 * Delays (linux/delay.h). {@code msleep} and {@code usleepRange} sleep and need process context;
 * {@code udelay} and {@code mdelay} busy-wait and are the only delays allowed in atomic context.
 */
public final class Delay {
    private Delay() {}

    /** msleep(): sleeps at least {@code ms} milliseconds, uninterruptibly. */
    @MightSleep
    public static void msleep(long ms) {
        AtomicContextTracker.mightSleep("msleep");
        sleepNanos(TimeUnit.MILLISECONDS.toNanos(ms));
    }

    /** usleep_range(): sleeps between {@code minUs} and {@code maxUs} microseconds. */
    @MightSleep
    public static void usleepRange(long minUs, long maxUs) {
        AtomicContextTracker.mightSleep("usleep_range");
        sleepNanos(TimeUnit.MICROSECONDS.toNanos(minUs));
    }

    /** udelay(): spins for {@code us} microseconds without sleeping. */
    @NoSleep
    public static void udelay(long us) {
        spinNanos(TimeUnit.MICROSECONDS.toNanos(us));
    }

    /** mdelay(): spins for {@code ms} milliseconds without sleeping. */
    @NoSleep
    public static void mdelay(long ms) {
        spinNanos(TimeUnit.MILLISECONDS.toNanos(ms));
    }

    private static void sleepNanos(long nanos) {
        long deadline = System.nanoTime() + nanos;
        boolean interrupted = false;
        for (long left = nanos; left > 0; left = deadline - System.nanoTime()) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                // msleep is uninterruptible: finish the sleep, keep the signal pending
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void spinNanos(long nanos) {
        long deadline = System.nanoTime() + nanos;
        while (System.nanoTime() - deadline < 0) {
            Thread.onSpinWait();
        }
    }
}
