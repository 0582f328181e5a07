package kernel.drm.sched;

import dev.drivercheck.annotations.MightSleep;
import kernel.dma.fence.DmaFence;
import kernel.types.ARef;

/**
 * The driver side of a scheduler job (kernel::drm::sched::JobImpl). {@code prepare}, {@code run}
 * and {@code timedOut} are called on the scheduler's workqueue (process context); {@code run} is on
 * the dma-fence signalling path. {@code free} is free_job: the job is dropped there, on a workqueue.
 */
public interface JobImpl {
    /** A fence the job must wait for before it can run (e.g. a full firmware queue), or null. */
    @MightSleep
    default ARef<DmaFence> prepare() {
        return null;
    }

    /** Hands the job to the hardware: its hardware fence, or null when it failed to start. */
    @MightSleep
    ARef<DmaFence> run();

    /** The job took longer than the timeout. */
    @MightSleep
    default void timedOut() {}

    /** free_job: drops the job. */
    @MightSleep
    void free();
}
