// Negative (DropInAtomic, SleepInAtomic, NoSleepViolated): asahi model, GpuContext: the job-done fence
// callback only hands its context reference to the system workqueue, where the put (and the sleeping
// free_context) runs in process context, as the driver defers frees out of the signalling path.
package inputs.asahibugs.gpucontextputdeferredfromfencecallback;

import dev.drivercheck.annotations.Owned;
import asahi.workqueue.GpuContext;
import kernel.dma.fence.DmaFence;
import kernel.dma.fence.FenceCallback;
import kernel.types.Arc;
import kernel.workqueue.Workqueue;

final class JobDone implements FenceCallback {
    private final Arc<GpuContext> context;

    JobDone(@Owned Arc<GpuContext> context) {
        this.context = context;
    }

    @Override
    public void signalled(DmaFence fence) {
        Workqueue.system().queue(context::close);
    }
}

final class RenderSubmit {
    void submit(DmaFence hwFence, Arc<GpuContext> context) {
        Arc<GpuContext> ref = context.clone();
        if (!hwFence.addCallback(new JobDone(ref))) {
            ref.close();
        }
    }
}
