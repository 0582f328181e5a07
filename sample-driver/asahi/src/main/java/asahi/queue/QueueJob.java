package asahi.queue;

import dev.drivercheck.annotations.Owned;
import asahi.alloc.HeapAllocation;
import asahi.buffer.Scene;
import asahi.fw.FwCommand;
import asahi.gpu.GpuManager;
import asahi.mmu.VmBind;
import asahi.workqueue.Job;
import asahi.workqueue.JobSubmission;
import asahi.workqueue.SubmittedWork;
import asahi.workqueue.WorkQueue;
import dev.drivercheck.annotations.MightSleep;
import kernel.dma.fence.DmaFence;
import kernel.drm.sched.JobImpl;
import kernel.types.ARef;

/**
 * A scheduler job (queue/mod.rs QueueJob): owned by the scheduler after push, freed in free_job.
 * {@code run} locks the fragment, vertex and compute work queues together (in that order), queues
 * the commands, and hands each submission to the GPU manager.
 */
final class QueueJob implements JobImpl {
    private final GpuManager gpu;
    private final VmBind vmBind;
    private final Job frag;
    private final Job vtx;
    private final Job comp;
    private final SubmitArgs args;
    private final Scene scene;
    private final HeapAllocation fwObject;
    private final ARef<DmaFence> hwFence;
    private final JobFence jobFence;

    QueueJob(GpuManager gpu, VmBind vmBind, Job frag, Job vtx, Job comp, SubmitArgs args, Scene scene,
            HeapAllocation fwObject, @Owned ARef<DmaFence> hwFence, JobFence jobFence) {
        this.gpu = gpu;
        this.vmBind = vmBind;
        this.frag = frag;
        this.vtx = vtx;
        this.comp = comp;
        this.args = args;
        this.scene = scene;
        this.fwObject = fwObject;
        this.hwFence = hwFence;
        this.jobFence = jobFence;
    }

    @MightSleep
    @Override
    public ARef<DmaFence> run() {
        if (gpu.isCrashed()) {
            return null;
        }
        int slot = scene != null ? scene.slot() : 0;
        if (frag != null) {
            try (JobSubmission fs = frag.submit(WorkQueue.SUB_FRAGMENT);
                    JobSubmission vs = vtx.submit(WorkQueue.SUB_VERTEX);
                    JobSubmission cs = comp.submit(WorkQueue.SUB_COMPUTE)) {
                vs.add(work(FwCommand.Kind.RENDER, args.durationUs / 2, args.inject, slot));
                fs.add(work(FwCommand.Kind.RENDER, args.durationUs / 2, FwCommand.Inject.NONE, slot));
                cs.add(work(FwCommand.Kind.BARRIER, 1, FwCommand.Inject.NONE, slot));
                gpu.runJob(fs);
                gpu.runJob(vs);
                gpu.runJob(cs);
            }
        } else {
            try (JobSubmission cs = comp.submit(WorkQueue.SUB_COMPUTE)) {
                cs.add(work(FwCommand.Kind.COMPUTE, args.durationUs, args.inject, 0));
                gpu.runJob(cs);
            }
        }
        return hwFence.clone();
    }

    private SubmittedWork work(FwCommand.Kind kind, long us, FwCommand.Inject inject, int slot) {
        return new SubmittedWork(kind, us, inject, slot, jobFence);
    }

    /** free_job: drops the slot binding, the scene, the firmware objects (all may sleep). */
    @MightSleep
    @Override
    public void free() {
        vmBind.close();
        if (frag != null) {
            frag.close();
            vtx.close();
        }
        comp.close();
        if (scene != null) {
            scene.close();
        }
        fwObject.close();
        hwFence.close();
    }
}
