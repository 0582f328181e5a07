// Positive (RefLeak): references made and lost without a put: a discarded @IncRef result, a new
// reference passed to a helper that only borrows it, a temporary used as a receiver, a local
// overwritten while it still owns its reference, and a factory's result never released.
package inputs.refcount.refleakdroppedreferences;

import dev.drivercheck.annotations.*;

@Refcounted
final class Arc<T> implements AutoCloseable {
    private final T value;

    Arc(T value) {
        this.value = value;
    }

    T get() {
        return value;
    }

    @IncRef
    Arc<T> cloneRef() {
        return new Arc<>(value);
    }

    @DecRef
    @Override
    public void close() {}
}

final class Job {
    int seq;
}

final class Scheduler {
    /** A factory: its result is owned by the caller (the default for returns). */
    static Arc<Job> newJob(int seq) {
        Job j = new Job();
        j.seq = seq;
        return new Arc<>(j);
    }

    static int peek(Arc<Job> job) {
        return job.get().seq;
    }

    void discarded(Arc<Job> job) {
        // :: error: [RefLeak]
        job.cloneRef();
    }

    int toBorrower(Arc<Job> job) {
        // :: error: [RefLeak]
        return peek(job.cloneRef());
    }

    int receiver(Arc<Job> job) {
        // :: error: [RefLeak]
        return job.cloneRef().get().seq;
    }

    void overwritten(Arc<Job> a, Arc<Job> b) {
        // :: error: [RefLeak]
        Arc<Job> ref = a.cloneRef();
        ref = b.cloneRef();
        ref.close();
    }

    int factory() {
        // :: error: [RefLeak]
        Arc<Job> job = newJob(7);
        return job.get().seq;
    }
}
