package asahi.workqueue;

import asahi.channel.TxChannel;
import asahi.fw.FwCommand;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Releases;
import java.util.ArrayList;
import java.util.List;
import kernel.sync.MutexGuard;

/**
 * A job being submitted (workqueue.rs JobSubmission): holds the work queue's mutex from
 * {@link Job#submit} until {@link #run} has written the commands into the pipe ring, which the
 * GPU manager does with the pipe locked; {@code run} drops the work-queue mutex before the
 * firmware is kicked. Closing it is idempotent.
 */
@LockGuard
public final class JobSubmission implements AutoCloseable {
    private final Job job;
    private final MutexGuard<WorkQueue.Inner> guard;
    private final List<SubmittedWork> staged = new ArrayList<>();
    private boolean open = true;

    JobSubmission(Job job, MutexGuard<WorkQueue.Inner> guard) {
        this.job = job;
        this.guard = guard;
    }

    public WorkQueue workQueue() {
        return job.wq;
    }

    public void add(SubmittedWork w) {
        staged.add(w);
    }

    /** Writes the commands to {@code pipe} (with the pipe locked by the caller), then unlocks the WQ. */
    @MightSleep
    public void run(TxChannel<FwCommand> pipe) {
        WorkQueue.Inner in = guard.get();
        for (SubmittedWork w : staged) {
            pipe.put(job.wq.commit(in, w));
        }
        staged.clear();
        in.pendingJobs--;
        job.submitted();
        close();
    }

    @Releases
    @NoSleep
    @Override
    public void close() {
        if (open) {
            open = false;
            guard.close();
        }
    }
}
