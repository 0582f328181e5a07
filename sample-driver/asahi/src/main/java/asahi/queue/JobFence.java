package asahi.queue;

import asahi.fw.Timestamps;
import asahi.workqueue.SubmittedWork;
import dev.drivercheck.annotations.NoSleep;
import java.util.concurrent.atomic.AtomicInteger;
import kernel.dma.fence.DmaFence;
import kernel.dma.fence.FenceOps;

/**
 * The hardware fence of one queue job (queue/mod.rs JobFence): signalled when all of the job's
 * firmware commands completed. Completions run under WorkQueue.inner; signalling takes the fence
 * spinlock and runs the scheduler's callback under it. Before signalling, the job's GPU timestamps
 * are read back from the firmware's memory into the submit arguments.
 */
final class JobFence implements FenceOps, SubmittedWork.Completion {
    private final AtomicInteger pending;
    private final String timeline;
    private final Timestamps timestamps;
    private final SubmitArgs args;
    DmaFence fence;

    /** @param timestamps the job's timestamps in GPU memory, read back into {@code args} at completion */
    JobFence(int commands, String timeline, Timestamps timestamps, SubmitArgs args) {
        this.pending = new AtomicInteger(commands);
        this.timeline = timeline;
        this.timestamps = timestamps;
        this.args = args;
    }

    /** The completion callback of each of the job's commands (under WorkQueue.inner). */
    @NoSleep
    @Override
    public void complete(int error) {
        commandComplete(error);
    }

    @NoSleep
    void commandComplete(int error) {
        if (error != 0) {
            fence.setError(error);
        }
        if (pending.decrementAndGet() == 0) {
            args.startTimestamp = timestamps.start();
            args.endTimestamp = timestamps.end();
            fence.signal();
        }
    }

    @Override
    public String driverName() {
        return "asahi";
    }

    @Override
    public String timelineName() {
        return timeline;
    }
}
