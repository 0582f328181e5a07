// Positive (DropInAtomic): asahi model, GpuContext (workqueue.rs; section 6 item 6 and section 3.1):
// a job-done callback registered on the job's hardware fence holds the job's reference to the GPU
// context and puts it when the fence signals. Fence callbacks run under the fence spinlock, and the
// asahi GpuContext's destructor sleeps (free_context takes garbage_contexts), so a final put there
// sleeps in atomic context.
package inputs.asahibugs.gpucontextdroppedinfencecallback;

import dev.drivercheck.annotations.Owned;
import asahi.workqueue.GpuContext;
import kernel.dma.fence.DmaFence;
import kernel.dma.fence.FenceCallback;
import kernel.types.Arc;

final class JobDone implements FenceCallback {
    private final Arc<GpuContext> context;

    JobDone(@Owned Arc<GpuContext> context) {
        this.context = context;
    }

    @Override
    public void signalled(DmaFence fence) {
        // :: error: [DropInAtomic]
        context.close();
    }
}

final class RenderSubmit {
    /** The submit path registers the callback with its own reference to the context. */
    void submit(DmaFence hwFence, Arc<GpuContext> context) {
        Arc<GpuContext> ref = context.clone();
        if (!hwFence.addCallback(new JobDone(ref))) {
            ref.close();
        }
    }
}
