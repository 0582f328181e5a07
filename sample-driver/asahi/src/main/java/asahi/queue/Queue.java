package asahi.queue;

import asahi.fw.JobInfo;
import asahi.fw.Notifier;
import asahi.fw.NotifierList;
import asahi.fw.Timestamps;
import asahi.object.GpuObject;
import java.util.ArrayList;
import java.util.List;
import kernel.error.Errno;
import kernel.error.KernelException;
import asahi.alloc.HeapAllocator;
import asahi.buffer.Buffer;
import asahi.buffer.Scene;
import asahi.gpu.GpuManager;
import asahi.gpu.KernelAllocators;
import asahi.mmu.Vm;
import asahi.mmu.VmBind;
import asahi.workqueue.GpuContext;
import asahi.workqueue.Job;
import asahi.workqueue.WorkQueue;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import java.util.concurrent.atomic.AtomicLong;
import kernel.dma.fence.DmaFence;
import kernel.dma.fence.FenceContexts;
import kernel.drm.sched.Entity;
import kernel.drm.sched.Scheduler;
import kernel.sync.LockClassKey;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;
import kernel.types.ARef;
import kernel.types.Arc;

/**
 * A client queue (queue/mod.rs Queue): its own scheduler and entity, three firmware work queues,
 * a TVB buffer and a GPU context. Held by the file behind a mutex for the whole submit.
 */
@Pinned
public final class Queue {
    private static final LockClassKey FENCE_KEY = new LockClassKey("asahi_fence");
    private static final AtomicLong NEXT_ID = new AtomicLong(1);

    private final long id = NEXT_ID.getAndIncrement();
    private final GpuManager gpu;
    private final Vm vm;
    private final Scheduler sched;
    private final Entity entity;
    @Pin private final WorkQueue wqVtx;
    @Pin private final WorkQueue wqFrag;
    @Pin private final WorkQueue wqComp;
    private final FenceContexts fenceCtx;
    @Pin private final Buffer buffer;
    private final Arc<GpuContext> gpuContext;
    private final Arc<GpuObject<NotifierList>> notifierList;
    private final Arc<GpuObject<Notifier>> notifier;

    /**
     * Queue::new, with the kernel allocators held throughout (gpu.rs new_queue): the notifier list
     * and notifier, the GPU context, and the three work queues (whose mutexes get their lock
     * classes registered here) are built under alloc.
     */
    @MightSleep
    public Queue(GpuManager gpu, Vm vm, Mutex<HeapAllocator> ualloc, Mutex<HeapAllocator> uallocPriv, int priority) {
        this.gpu = gpu;
        this.vm = vm;
        this.sched = Scheduler.create("asahi_sched", 64, 2000);
        this.entity = sched.newEntity("queue" + id);
        this.fenceCtx = new FenceContexts(1, "asahi", FENCE_KEY);
        this.buffer = new Buffer(gpu.bufferManager(), ualloc, uallocPriv);
        try (MutexGuard<KernelAllocators> a = gpu.alloc()) {
            GpuObject<NotifierList> list = GpuObject.create(a.get().privateHeap, NotifierList.SIZE, new NotifierList());
            GpuObject<Notifier> n = GpuObject.create(a.get().privateHeap, Notifier.SIZE, new Notifier(list.gpuPtr()));
            list.get().link();
            this.notifierList = Arc.create(list);
            this.notifier = Arc.create(n);
            this.gpuContext = Arc.create(gpu.newContextLocked(a.get()));
            this.wqVtx = new WorkQueue(WorkQueue.Pipe.VERTEX, priority, gpu.eventManager());
            this.wqFrag = new WorkQueue(WorkQueue.Pipe.FRAGMENT, priority, gpu.eventManager());
            this.wqComp = new WorkQueue(WorkQueue.Pipe.COMPUTE, priority, gpu.eventManager());
        }
    }

    public long id() {
        return id;
    }

    /** The queue's notifier (its firmware structure's CPU view). */
    public Notifier notifier() {
        return notifier.get().get();
    }

    /** Queue::submit without in-fences. */
    @MightSleep
    public ARef<DmaFence> submit(SubmitArgs a) {
        return submit(a, new ArrayList<>());
    }

    /**
     * Queue::submit (caller holds the queue mutex): jobs, VM binding, firmware objects, push. The
     * job waits for {@code inFences} (owned; the scheduler runs it once they signalled). ENODEV
     * once the firmware crashed.
     */
    @MightSleep
    public ARef<DmaFence> submit(SubmitArgs a, List<ARef<DmaFence>> inFences) {
        if (gpu.isCrashed()) {
            for (ARef<DmaFence> f : inFences) {
                f.close();
            }
            throw new KernelException(Errno.ENODEV, "GPU firmware crashed");
        }
        Job frag = a.render ? wqFrag.newJob() : null;
        Job vtx = a.render ? wqVtx.newJob() : null;
        Job comp = wqComp.newJob();
        VmBind bind = vm.bind();
        Scene scene = null;
        GpuObject<JobInfo> fwObj;
        try (MutexGuard<KernelAllocators> alloc = gpu.alloc()) {
            if (a.render) {
                buffer.ensureBlocks(2);
                scene = buffer.newScene();
            }
            GpuObject<Timestamps> ts = GpuObject.create(alloc.get().gpu, Timestamps.SIZE, new Timestamps());
            fwObj = GpuObject.create(alloc.get().gpu, JobInfo.SIZE,
                    new JobInfo(ts, notifier.get().gpuPtr(), gpuContext.get().gpuPtr()));
        }
        JobFence jf = new JobFence(a.render ? 3 : 1, "queue" + id, fwObj.get().timestamps(), a);
        ARef<DmaFence> hw = fenceCtx.newFence(0, jf);
        jf.fence = hw.get();
        return entity.push(new QueueJob(gpu, bind, frag, vtx, comp, a, scene, fwObj, hw, jf, notifier.clone(), inFences));
    }

    /** Queue drop: entity destroy waits for queued jobs (sleeps), then the context is freed (deferred). */
    @MightSleep
    public void destroy() {
        entity.destroy(5000);
        sched.fini();
        buffer.free();
        gpuContext.close();
        notifier.close();
        notifierList.close();
    }
}
