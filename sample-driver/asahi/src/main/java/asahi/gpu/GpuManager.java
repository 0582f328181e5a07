package asahi.gpu;

import asahi.buffer.BufferManager;
import asahi.channel.EventChannel;
import asahi.channel.FwLogChannel;
import asahi.channel.KTraceChannel;
import asahi.channel.RxChannel;
import asahi.channel.TxChannel;
import asahi.driver.Resources;
import asahi.event.EventManager;
import asahi.fw.DevCtlMsg;
import asahi.fw.FwCommand;
import asahi.fw.FwEvent;
import asahi.fw.FwLogMsg;
import asahi.fw.GpuContextData;
import asahi.fw.KTraceEntry;
import asahi.object.GpuArray;
import asahi.object.GpuObject;
import asahi.mmu.FwCtl;
import asahi.mmu.Uat;
import asahi.workqueue.GpuContext;
import asahi.workqueue.JobSubmission;
import asahi.workqueue.WorkQueue;
import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.PinInit;
import dev.drivercheck.annotations.Pinned;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import kernel.error.Errno;
import kernel.error.KernelException;
import kernel.soc.apple.RtKit;
import kernel.soc.apple.RtKitOperations;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;
import kernel.types.Arc;

/**
 * The root of the firmware state (gpu.rs GpuManager): UAT, allocators, channels, pipes, RTKit,
 * event and buffer managers, and the garbage lists. Its locks, in the order the driver takes them:
 * alloc -&gt; tx_channels -&gt; rtkit; fwctl_channel -&gt; rtkit; pipe -&gt; rtkit; rx_channels -&gt;
 * (events, work queues, fences, buffers, tx_channels); garbage_contexts alone.
 */
@Pinned
public final class GpuManager implements RtKitOperations, FwCtl, GpuContext.Freer {
    public static final int EP_FIRMWARE = 0x20;
    public static final int EP_EVENT = 0x21;
    public static final int NUM_PIPES = 4;
    private static final long MAX_GARBAGE_BYTES = 256 * 1024;

    /** RxChannels: event, fw_log, ktrace. */
    static final class RxChannels {
        EventChannel event;
        FwLogChannel fwLog;
        KTraceChannel ktrace;
    }

    /** A dropped context waiting for its firmware invalidation (garbage_contexts). */
    record GarbageContext(long id, GpuObject<GpuContextData> data) {}

    final Uat uat;
    private final Resources res;
    @Pin private final EventManager eventManager;
    @Pin private final BufferManager bufferManager = new BufferManager();
    private final AtomicBoolean crashed = new AtomicBoolean();
    private final AtomicLong nextContextId = new AtomicLong(1);
    final AtomicLong faults = new AtomicLong();
    final AtomicLong timeouts = new AtomicLong();
    final AtomicLong grows = new AtomicLong();
    final AtomicLong channelErrors = new AtomicLong();

    @Pin final Mutex<KernelAllocators> alloc;
    @Pin final Mutex<RtKit<GpuManager>> rtkit;
    @Pin final Mutex<RxChannels> rxChannels;
    @Pin final Mutex<TxChannel<DevCtlMsg>> txChannels;
    @Pin final Mutex<TxChannel<DevCtlMsg>> fwctlChannel;
    @Pin final Mutex<List<GarbageContext>> garbageContexts;
    /** KVec<Pin<KBox<Mutex<PipeChannel>>>>: each pipe mutex lives in its own pinned box. */
    final List<Mutex<TxChannel<FwCommand>>> pipeVtx = new ArrayList<>();
    final List<Mutex<TxChannel<FwCommand>>> pipeFrag = new ArrayList<>();
    final List<Mutex<TxChannel<FwCommand>>> pipeComp = new ArrayList<>();
    /** Firmware-side handles of the rings (the shared memory the simulated GPU reads). */
    final RxChannel<FwEvent> eventRing = new RxChannel<>("event");
    final RxChannel<FwLogMsg> fwLogRing = new RxChannel<>("fw_log");
    final RxChannel<KTraceEntry> ktraceRing = new RxChannel<>("ktrace");
    /** The firmware's pending-submissions counter (shared memory): raised by every live {@link OpGuard}. */
    final AtomicInteger pendingSubmissions = new AtomicInteger();

    @MightSleep
    private GpuManager(Resources res) {
        this.res = res;
        this.uat = new Uat();
        uat.setFwCtl(this);
        alloc = new Mutex<>(new KernelAllocators(uat.kernelVm()), "alloc");
        GpuArray<EventManager.Stamp> stamps;
        try (MutexGuard<KernelAllocators> a = alloc.lock()) {
            stamps = GpuArray.create(a.get().shared, EventManager.NUM_EVENTS, EventManager.Stamp.SIZE,
                    i -> new EventManager.Stamp());
        }
        eventManager = new EventManager(stamps);
        rtkit = new Mutex<>(null, "rtkit");
        RxChannels rx = new RxChannels();
        rx.event = new EventChannel(eventRing, eventManager, bufferManager);
        rx.fwLog = new FwLogChannel(fwLogRing);
        rx.ktrace = new KTraceChannel(ktraceRing);
        rxChannels = new Mutex<>(rx, "rx_channels");
        txChannels = new Mutex<>(new TxChannel<>("device_control", 16), "tx_channels");
        fwctlChannel = new Mutex<>(new TxChannel<>("fwctl", 16), "fwctl_channel");
        garbageContexts = new Mutex<>(new ArrayList<>(), "garbage_contexts");
        for (int pipe = 0; pipe < NUM_PIPES; pipe++) {
            int i = pipe;
            pipeVtx.add(kernel.types.Pin.<Mutex<TxChannel<FwCommand>>>box(slot -> new Mutex<>(new TxChannel<>("pipe_vtx" + i, 64), "pipe_vtx")).get());
            pipeFrag.add(kernel.types.Pin.<Mutex<TxChannel<FwCommand>>>box(slot -> new Mutex<>(new TxChannel<>("pipe_frag" + i, 64), "pipe_frag")).get());
            pipeComp.add(kernel.types.Pin.<Mutex<TxChannel<FwCommand>>>box(slot -> new Mutex<>(new TxChannel<>("pipe_comp" + i, 64), "pipe_comp")).get());
        }
    }

    /**
     * GpuManager::new then RtKit::new: the RTKit owns an Arc to the manager, and the event channel
     * points back at it (the refcount cycles of the real driver).
     */
    @MightSleep
    @PinInit
    public static Arc<GpuManager> create(Resources res, int mboxIrq) {
        Arc<GpuManager> mgr = Arc.pinInit(slot -> new GpuManager(res));
        RtKit<GpuManager> rk = RtKit.create(mgr.clone(), mboxIrq, "agx");
        try (MutexGuard<RtKit<GpuManager>> g = mgr.get().rtkit.lock()) {
            g.set(rk);
        }
        try (MutexGuard<RxChannels> g = mgr.get().rxChannels.lock()) {
            g.get().event.setManager(mgr.get());
        }
        return mgr;
    }

    /** The mailbox the simulated firmware attaches to. */
    @MightSleep
    public kernel.soc.apple.Mailbox mailbox() {
        try (MutexGuard<RtKit<GpuManager>> g = rtkit.lock()) {
            return g.get().mailbox();
        }
    }

    /** gpu.init(): Initialize over device control, then boot RTKit and start the endpoints. */
    @MightSleep
    public void init() {
        try (MutexGuard<TxChannel<DevCtlMsg>> g = txChannels.lock()) {
            g.get().put(new DevCtlMsg(DevCtlMsg.Op.INITIALIZE, 0));
        }
        try (MutexGuard<RtKit<GpuManager>> g = rtkit.lock()) {
            g.get().boot();
            g.get().startEndpoint(EP_FIRMWARE);
            g.get().startEndpoint(EP_EVENT);
            g.get().sendMessage(EP_FIRMWARE, 0);
        }
    }

    public Uat uat() {
        return uat;
    }

    public EventManager eventManager() {
        return eventManager;
    }

    public BufferManager bufferManager() {
        return bufferManager;
    }

    /** Rings, for the simulated firmware. */
    public FwRings fwRings() {
        return new FwRings(this);
    }

    /** run_job: WQ.inner (held by the submission) -&gt; pipe -&gt; (WQ.inner dropped) -&gt; rtkit. */
    @MightSleep
    public void runJob(JobSubmission sub) {
        WorkQueue wq = sub.workQueue();
        int prio = Math.floorMod(wq.priority(), NUM_PIPES);
        switch (wq.pipe()) {
            case VERTEX:
                runOnPipe(pipeVtx.get(prio), sub);
                break;
            case FRAGMENT:
                runOnPipe(pipeFrag.get(prio), sub);
                break;
            default:
                runOnPipe(pipeComp.get(prio), sub);
                break;
        }
    }

    /** The pipe of one type (its own lock class: pipe_vtx, pipe_frag, pipe_comp) -&gt; rtkit. */
    @MightSleep
    private void runOnPipe(Mutex<TxChannel<FwCommand>> pipe, JobSubmission sub) {
        try (MutexGuard<TxChannel<FwCommand>> g = pipe.lock()) {
            sub.run(g.get());
            kickFirmware();
        }
    }

    /** Doorbell through RTKit. */
    @MightSleep
    public void kickFirmware() {
        if (crashed.get()) {
            return; // nobody listens any more
        }
        try (MutexGuard<RtKit<GpuManager>> g = rtkit.lock()) {
            g.get().sendMessage(EP_FIRMWARE, 1);
        }
    }

    /**
     * alloc(): the kernel allocators, after collecting garbage: invalidate dropped contexts, and
     * flush the firmware cache when enough garbage piled up. Returns with "alloc" held.
     */
    @Acquires("alloc")
    @MightSleep
    public MutexGuard<KernelAllocators> alloc() {
        List<GarbageContext> garbage;
        try (MutexGuard<List<GarbageContext>> g = garbageContexts.lock()) {
            garbage = g.replace(new ArrayList<>());
        }
        MutexGuard<KernelAllocators> a = alloc.lock();
        try {
            for (GarbageContext ctx : garbage) {
                invalidateContextLocked(ctx.id());
                if (ctx.data() != null) {
                    ctx.data().close(); // the firmware forgot it: its memory becomes heap garbage
                }
            }
            if (a.get().garbageBytes() > MAX_GARBAGE_BYTES) {
                flushFwCache();
                a.get().collectGarbage();
            }
        } catch (KernelException e) {
            a.close(); // the guard drops on the error path (a timeout once the firmware died)
            throw e;
        }
        return a;
    }

    /** invalidate_context (alloc held): tx_channels -&gt; rtkit, then wait for the firmware. */
    @MightSleep
    private void invalidateContextLocked(long ctx) throws KernelException {
        if (crashed.get()) {
            return;
        }
        try (MutexGuard<TxChannel<DevCtlMsg>> g = txChannels.lock()) {
            long seq = g.get().put(new DevCtlMsg(DevCtlMsg.Op.INVALIDATE_CONTEXT, ctx));
            kickFirmware();
            g.get().waitFor(seq);
        }
    }

    /** flush_fw_cache: tx_channels -&gt; rtkit, and wait. */
    @MightSleep
    public void flushFwCache() throws KernelException {
        if (crashed.get()) {
            return;
        }
        try (MutexGuard<TxChannel<DevCtlMsg>> g = txChannels.lock()) {
            long seq = g.get().put(new DevCtlMsg(DevCtlMsg.Op.FLUSH_CACHE, 0));
            kickFirmware();
            g.get().waitFor(seq);
        }
    }

    /** fwctl: fwctl_channel -&gt; rtkit, and wait. */
    @MightSleep
    @Override
    public void fwctlFlush(long addr, long size) {
        if (crashed.get()) {
            return;
        }
        try (MutexGuard<TxChannel<DevCtlMsg>> g = fwctlChannel.lock()) {
            long seq = g.get().put(new DevCtlMsg(DevCtlMsg.Op.FW_CACHE_FLUSH_RANGE, addr));
            kickFirmware();
            g.get().waitFor(seq);
        }
    }

    /** ack_grow: tx_channels -&gt; rtkit. */
    @MightSleep
    public void ackGrow(int slot) {
        grows.incrementAndGet();
        if (crashed.get()) {
            return;
        }
        try (MutexGuard<TxChannel<DevCtlMsg>> g = txChannels.lock()) {
            g.get().put(new DevCtlMsg(DevCtlMsg.Op.GROW_ACK, slot));
            kickFirmware();
        }
    }

    /** A GPU fault: read the fault registers (RCU, may be revoked), fail the slot's work. */
    @MightSleep
    public void handleFault(int slot) {
        faults.incrementAndGet();
        long info = res.faultInfo();
        if (info != 0) {
            res.clearFault();
        }
        eventManager.markError(slot, -Errno.EIO);
    }

    @MightSleep
    public void handleTimeout(int slot) {
        timeouts.incrementAndGet();
        eventManager.markError(slot, -Errno.ETIMEDOUT);
    }

    /** A channel error: look up the owner (slots), dump it (WQ.inner), then tell the firmware. */
    @MightSleep
    public void handleChannelError(int slot) {
        channelErrors.incrementAndGet();
        WorkQueue owner = eventManager.getOwner(slot);
        if (owner != null) {
            owner.dumpInfo();
        }
        if (crashed.get()) {
            return;
        }
        try (MutexGuard<TxChannel<DevCtlMsg>> g = txChannels.lock()) {
            long seq = g.get().put(new DevCtlMsg(DevCtlMsg.Op.DUMP_CHANNEL, slot));
            kickFirmware();
            g.get().waitFor(seq);
        }
    }

    /** RTKit worker, process context: poll every receive channel under rx_channels. */
    @MightSleep
    @Override
    public void recvMessage(int endpoint, long msg) {
        if (endpoint != EP_EVENT) {
            return;
        }
        try (MutexGuard<RxChannels> g = rxChannels.lock()) {
            g.get().fwLog.poll();
            g.get().ktrace.poll();
            g.get().event.poll();
        }
    }

    /**
     * The firmware crashed (RTKit worker, process context): the GPU is dead for good. Mark it,
     * so that no new operation starts, fail everything the firmware still had (its fences
     * complete with -ENODEV), and collect the firmware's last log lines.
     */
    @MightSleep
    @Override
    public void crashed() {
        crashed.set(true);
        eventManager.failAll(-Errno.ENODEV);
        try (MutexGuard<RxChannels> g = rxChannels.lock()) {
            g.get().fwLog.poll();
            g.get().ktrace.poll();
        }
    }

    /**
     * start_op: an operation that needs the GPU awake (a job being handed to the firmware). The
     * guard keeps the firmware from idling until it is dropped. ENODEV once the firmware crashed.
     */
    @NoSleep
    public OpGuard startOp() {
        if (crashed.get()) {
            throw new KernelException(Errno.ENODEV, "GPU firmware crashed");
        }
        return new OpGuard(pendingSubmissions);
    }

    /** Live operation guards (the firmware's pending-submissions count). */
    public int pendingOps() {
        return pendingSubmissions.get();
    }

    /** The firmware log lines read so far (the newest {@link FwLogChannel#KEEP}) and their count. */
    @MightSleep
    public List<String> fwLog() {
        try (MutexGuard<RxChannels> g = rxChannels.lock()) {
            g.get().fwLog.poll();
            return g.get().fwLog.recent();
        }
    }

    @MightSleep
    public long fwLogLines() {
        try (MutexGuard<RxChannels> g = rxChannels.lock()) {
            g.get().fwLog.poll();
            return g.get().fwLog.lines();
        }
    }

    /** Kernel-trace records of {@code code} read so far. */
    @MightSleep
    public long ktraceCount(int code) {
        try (MutexGuard<RxChannels> g = rxChannels.lock()) {
            g.get().ktrace.poll();
            return g.get().ktrace.count(code);
        }
    }

    public boolean isCrashed() {
        return crashed.get();
    }

    /** free_context: only queue it; the next alloc() invalidates it in the firmware. */
    @MightSleep
    @Override
    public void freeContext(long id) {
        freeContext(id, null);
    }

    /** free_context with the context's firmware object, which lives until the invalidation. */
    @MightSleep
    @Override
    public void freeContext(long id, GpuObject<GpuContextData> data) {
        try (MutexGuard<List<GarbageContext>> g = garbageContexts.lock()) {
            g.get().add(new GarbageContext(id, data));
        }
    }

    /** A new firmware context for a queue (built under alloc). */
    @MightSleep
    public GpuContext newContext() {
        try (MutexGuard<KernelAllocators> a = alloc()) {
            return newContextLocked(a.get());
        }
    }

    /** A new firmware context from the kernel allocators (the caller holds alloc). */
    @MightSleep
    public GpuContext newContextLocked(KernelAllocators a) {
        long id = nextContextId.getAndIncrement();
        return new GpuContext(GpuObject.create(a.privateHeap, GpuContextData.SIZE, new GpuContextData(id)), this);
    }

    public long faults() {
        return faults.get();
    }

    public long timeouts() {
        return timeouts.get();
    }

    public long grows() {
        return grows.get();
    }
}
