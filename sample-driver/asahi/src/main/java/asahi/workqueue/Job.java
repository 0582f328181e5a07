package asahi.workqueue;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.MightSleep;
import kernel.sync.MutexGuard;

/**
 * A job on one work queue (workqueue.rs Job): holds the queue's event slot busy until it is
 * submitted or dropped. {@link #submit} locks the work queue and returns the held lock as a
 * {@link JobSubmission}.
 */
public final class Job implements AutoCloseable {
    final WorkQueue wq;
    private boolean finished;

    Job(WorkQueue wq) {
        this.wq = wq;
    }

    public WorkQueue workQueue() {
        return wq;
    }

    /**
     * Locks the work queue for submission, under nesting {@code subclass} (one per pipe type:
     * the three queues of a job are held together).
     */
    @Acquires(value = "wq.inner", subclassParam = 0)
    @MightSleep
    public JobSubmission submit(int subclass) {
        MutexGuard<WorkQueue.Inner> g = wq.inner.lockNested(subclass);
        return new JobSubmission(this, g);
    }

    void submitted() {
        finished = true;
    }

    /** Dropping an unsubmitted job rolls it back (takes the WQ mutex). */
    @MightSleep
    @Override
    public void close() {
        if (finished) {
            return;
        }
        finished = true;
        try (MutexGuard<WorkQueue.Inner> g = wq.inner.lock()) {
            g.get().pendingJobs--;
        }
    }
}
