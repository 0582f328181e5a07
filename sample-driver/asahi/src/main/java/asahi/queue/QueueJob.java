package asahi.queue;

import asahi.buffer.Scene;
import asahi.fw.FwCommand;
import asahi.fw.JobInfo;
import asahi.fw.Notifier;
import asahi.fw.Timestamps;
import asahi.gpu.GpuManager;
import asahi.gpu.OpGuard;
import asahi.mmu.VmBind;
import asahi.object.GpuObject;
import asahi.workqueue.Job;
import asahi.workqueue.JobSubmission;
import asahi.workqueue.SubmittedWork;
import asahi.workqueue.WorkQueue;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Owned;
import java.util.List;
import kernel.dma.fence.DmaFence;
import kernel.drm.sched.JobImpl;
import kernel.error.Errno;
import kernel.error.KernelException;
import kernel.types.ARef;
import kernel.types.Arc;

/**
 * A scheduler job (queue/mod.rs QueueJob): owned by the scheduler after push, freed in free_job.
 * {@code prepare} hands the scheduler the in-fences still pending, one at a time. {@code run}
 * takes an operation guard (the GPU stays awake until the job is freed), raises the queue's
 * notifier threshold (here, never at submit), locks the fragment, vertex and compute work queues
 * together (in that order), queues the commands, and hands each submission to the GPU manager.
 */
final class QueueJob implements JobImpl {
    private final GpuManager gpu;
    private final VmBind vmBind;
    private final Job frag;
    private final Job vtx;
    private final Job comp;
    private final SubmitArgs args;
    private final Scene scene;
    private final GpuObject<JobInfo> fwObject;
    private final ARef<DmaFence> hwFence;
    private final JobFence jobFence;
    private final Arc<GpuObject<Notifier>> notifier;
    private final List<ARef<DmaFence>> inFences;
    private OpGuard opGuard;

    QueueJob(GpuManager gpu, VmBind vmBind, Job frag, Job vtx, Job comp, SubmitArgs args, Scene scene,
            GpuObject<JobInfo> fwObject, @Owned ARef<DmaFence> hwFence, JobFence jobFence,
            @Owned Arc<GpuObject<Notifier>> notifier, List<ARef<DmaFence>> inFences) {
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
        this.notifier = notifier;
        this.inFences = inFences;
    }

    /** The next in-fence not yet signalled (a new reference the scheduler puts), or null. */
    @MightSleep
    @Override
    public ARef<DmaFence> prepare() {
        while (!inFences.isEmpty()) {
            ARef<DmaFence> f = inFences.get(0);
            if (!f.get().isSignalled()) {
                return f.clone();
            }
            inFences.remove(0).close();
        }
        return null;
    }

    @MightSleep
    @Override
    public ARef<DmaFence> run() {
        if (gpu.isCrashed()) {
            return null;
        }
        try {
            opGuard = gpu.startOp();
        } catch (KernelException e) {
            return null;
        }
        Notifier n = notifier.get().get();
        n.raiseThreshold();
        Timestamps ts = fwObject.get().timestamps();
        int slot = scene != null ? scene.slot() : 0;
        if (frag != null) {
            try (JobSubmission fs = frag.submit(WorkQueue.SUB_FRAGMENT);
                    JobSubmission vs = vtx.submit(WorkQueue.SUB_VERTEX);
                    JobSubmission cs = comp.submit(WorkQueue.SUB_COMPUTE)) {
                vs.add(work(FwCommand.Kind.RENDER, args.durationUs / 2, args.inject, slot, ts, null));
                fs.add(work(FwCommand.Kind.RENDER, args.durationUs / 2, FwCommand.Inject.NONE, slot, ts, null));
                cs.add(work(FwCommand.Kind.BARRIER, 1, FwCommand.Inject.NONE, slot, ts, n));
                gpu.runJob(fs);
                gpu.runJob(vs);
                gpu.runJob(cs);
            }
        } else {
            try (JobSubmission cs = comp.submit(WorkQueue.SUB_COMPUTE)) {
                cs.add(work(FwCommand.Kind.COMPUTE, args.durationUs, args.inject, 0, ts, n));
                gpu.runJob(cs);
            }
        }
        if (gpu.isCrashed()) {
            // the firmware died while we queued: nothing will complete these commands
            failQueued(-Errno.ENODEV);
        }
        return hwFence.clone();
    }

    @MightSleep
    private void failQueued(int error) {
        if (frag != null) {
            frag.workQueue().failAll(error);
            vtx.workQueue().failAll(error);
        }
        comp.workQueue().failAll(error);
    }

    private SubmittedWork work(FwCommand.Kind kind, long us, FwCommand.Inject inject, int slot, Timestamps ts,
            Notifier n) {
        return new SubmittedWork(kind, us, inject, slot, jobFence, ts, n);
    }

    /** free_job: drops the slot binding, the scene, the firmware objects (all may sleep), the op guard. */
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
        notifier.close();
        for (ARef<DmaFence> f : inFences) {
            f.close();
        }
        inFences.clear();
        if (opGuard != null) {
            opGuard.close();
        }
    }
}
