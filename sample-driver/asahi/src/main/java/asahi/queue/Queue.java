package asahi.queue;

import asahi.alloc.HeapAllocation;
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

    @MightSleep
    public Queue(GpuManager gpu, Vm vm, Mutex<HeapAllocator> ualloc, Mutex<HeapAllocator> uallocPriv, int priority) {
        this.gpu = gpu;
        this.vm = vm;
        this.sched = Scheduler.create("asahi_sched", 64, 2000);
        this.entity = sched.newEntity("queue" + id);
        this.wqVtx = new WorkQueue(WorkQueue.Pipe.VERTEX, priority, gpu.eventManager());
        this.wqFrag = new WorkQueue(WorkQueue.Pipe.FRAGMENT, priority, gpu.eventManager());
        this.wqComp = new WorkQueue(WorkQueue.Pipe.COMPUTE, priority, gpu.eventManager());
        this.fenceCtx = new FenceContexts(1, "asahi", FENCE_KEY);
        this.buffer = new Buffer(gpu.bufferManager(), ualloc, uallocPriv);
        this.gpuContext = Arc.create(gpu.newContext());
    }

    public long id() {
        return id;
    }

    /** Queue::submit (caller holds the queue mutex): jobs, VM binding, firmware objects, push. */
    @MightSleep
    public ARef<DmaFence> submit(SubmitArgs a) {
        Job frag = a.render ? wqFrag.newJob() : null;
        Job vtx = a.render ? wqVtx.newJob() : null;
        Job comp = wqComp.newJob();
        VmBind bind = vm.bind();
        Scene scene = null;
        HeapAllocation fwObj;
        try (MutexGuard<KernelAllocators> alloc = gpu.alloc()) {
            if (a.render) {
                buffer.ensureBlocks(2);
                scene = buffer.newScene();
            }
            fwObj = alloc.get().gpu.alloc(0x800);
        }
        JobFence jf = new JobFence(a.render ? 3 : 1, "queue" + id);
        ARef<DmaFence> hw = fenceCtx.newFence(0, jf);
        jf.fence = hw.get();
        return entity.push(new QueueJob(gpu, bind, frag, vtx, comp, a, scene, fwObj, hw, jf));
    }

    /** Queue drop: entity destroy waits for queued jobs (sleeps), then the context is freed (deferred). */
    @MightSleep
    public void destroy() {
        entity.destroy(5000);
        sched.fini();
        buffer.free();
        gpuContext.close();
    }
}
