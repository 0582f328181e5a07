package asahi.workqueue;

import asahi.fw.FwCommand;
import asahi.fw.Notifier;
import asahi.fw.Timestamps;
import dev.drivercheck.annotations.MightSleep;
import java.util.ArrayList;
import java.util.List;

/**
 * A command handed to the firmware (workqueue.rs SubmittedWork): the command, its event value, its
 * completion callback and the GPU objects it keeps alive until it is freed, on a workqueue.
 */
public final class SubmittedWork {
    final FwCommand.Kind kind;
    final long durationUs;
    final FwCommand.Inject inject;
    final int bufferSlot;
    final Completion callback;
    final Timestamps timestamps;
    final Notifier notifier;
    final List<AutoCloseable> resources = new ArrayList<>();
    long value;
    int error;

    public SubmittedWork(FwCommand.Kind kind, long durationUs, FwCommand.Inject inject, int bufferSlot,
            Completion callback) {
        this(kind, durationUs, inject, bufferSlot, callback, null, null);
    }

    /**
     * A command whose start and end the firmware writes into {@code timestamps} (may be null), and
     * which completes its job through {@code notifier} (only the job's last command; else null).
     */
    public SubmittedWork(FwCommand.Kind kind, long durationUs, FwCommand.Inject inject, int bufferSlot,
            Completion callback, Timestamps timestamps, Notifier notifier) {
        this.timestamps = timestamps;
        this.notifier = notifier;
        this.kind = kind;
        this.durationUs = durationUs;
        this.inject = inject;
        this.bufferSlot = bufferSlot;
        this.callback = callback;
    }

    /** Keeps {@code r} alive until the firmware is done with this command. */
    public SubmittedWork keep(AutoCloseable r) {
        resources.add(r);
        return this;
    }

    /** Frees the objects (GPU objects, kernel mappings, scenes): sleeps, so never on the event path. */
    @MightSleep
    void free() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                throw new IllegalStateException("freeing completed work", e);
            }
        }
        resources.clear();
    }

    /** Called under WorkQueue.inner when the command completes (error is 0 or a negative errno). */
    @FunctionalInterface
    public interface Completion {
        void complete(int error);
    }
}
