package asahi.fw;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A queue's notifier in GPU memory (fw/event.rs Notifier), linked into the queue's notifier list.
 * The host raises {@code threshold} once per job it hands to the firmware (in the scheduler's
 * run, never at submit: raised early, the firmware would hold back job N's completion until a job
 * that drm_sched will only run after N completed, a circular wait). The firmware counts completed
 * jobs in {@code value} and reports a completion to the host only once {@code value} reaches
 * {@code threshold}.
 */
public final class Notifier {
    public static final long SIZE = 0x40;

    private final AtomicLong threshold = new AtomicLong();
    private final AtomicLong value = new AtomicLong();
    private final long listPtr;

    /** @param listPtr the GPU address of the notifier list this notifier is linked into */
    public Notifier(long listPtr) {
        this.listPtr = listPtr;
    }

    /** Host: one more job will complete through this notifier. */
    public long raiseThreshold() {
        return threshold.incrementAndGet();
    }

    public long threshold() {
        return threshold.get();
    }

    /** Jobs the firmware completed through this notifier. */
    public long value() {
        return value.get();
    }

    public long listPtr() {
        return listPtr;
    }

    /** Firmware: a job completed; true when the host may be told. */
    boolean fwComplete() {
        return value.incrementAndGet() >= threshold.get();
    }

    /** Firmware: whether a held-back completion may be reported now. */
    boolean fwReady() {
        return value.get() >= threshold.get();
    }
}
