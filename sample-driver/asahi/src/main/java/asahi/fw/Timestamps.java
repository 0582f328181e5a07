package asahi.fw;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A job's timestamp pair in GPU memory (fw/job.rs timestamps; RenderTimestamps in the driver):
 * the firmware writes the GPU time when the job's first command starts and when its last one
 * ends; the driver reads both back when the job completes.
 */
public final class Timestamps {
    public static final long SIZE = 16;

    final AtomicLong start = new AtomicLong();
    final AtomicLong end = new AtomicLong();

    public long start() {
        return start.get();
    }

    public long end() {
        return end.get();
    }

    /** Firmware: a command of the job started at {@code now}. */
    void fwStart(long now) {
        start.compareAndSet(0, now);
    }

    /** Firmware: a command of the job ended at {@code now}. */
    void fwEnd(long now) {
        end.accumulateAndGet(now, Math::max);
    }
}
