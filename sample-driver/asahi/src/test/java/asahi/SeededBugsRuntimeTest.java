package asahi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asahi.mmu.Uat;
import asahi.mmu.Vm;
import asahi.workqueue.GpuContext;
import java.util.ArrayList;
import java.util.List;
import kernel.debug.DebugReports;
import kernel.debug.Report;
import kernel.dma.fence.DmaFence;
import kernel.dma.fence.FenceCallback;
import kernel.dma.fence.FenceOps;
import kernel.drm.gem.GemObjectOps;
import kernel.drm.gem.ShmemObject;
import kernel.drm.mm.MmAllocator;
import kernel.drm.mm.MmNode;
import kernel.sync.LockClassKey;
import kernel.sync.Lockdep;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;
import kernel.types.ARef;
import kernel.types.Arc;
import kernel.xarray.XArray;
import kernel.xarray.XArrayGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The runtime twins of the seeded Asahi bugs (issue 7 item 6): each test drives, against the kernel
 * model's runtime checks, the same buggy shape as one static test input of
 * {@code test-inputs/asahi-bugs/}, and asserts the report the runtime lockdep / atomic-sleep
 * checker gives for it: the bug is found both at compile time (DriverCheck) and at run time.
 */
class SeededBugsRuntimeTest {
    private static final LockClassKey HEAP_MM = new LockClassKey("SeededBugs::HeapAllocator::mm");
    private static final LockClassKey FENCE_KEY = new LockClassKey("SeededBugs::asahi_fence");

    @BeforeEach
    void clean() {
        DebugReports.reset();
        Lockdep.reset();
    }

    @AfterEach
    void noLocksLeft() {
        assertEquals(List.of(), Lockdep.heldLocks(), "a twin left a lock held");
        DebugReports.reset();
        Lockdep.reset();
    }

    private static Report only(Report.Kind kind) {
        List<Report> rs = DebugReports.ofKind(kind);
        assertEquals(1, rs.size(), "expected one " + kind + " report, got " + DebugReports.all());
        return rs.get(0);
    }

    // ---------------------------------------------------------------- section 6 item 8

    /**
     * Twin of test-inputs/asahi-bugs/MmNodeDroppedUnderMmLock.java (RecursiveLock): a drm_mm node
     * dropped inside with_inner; the node's destructor takes the allocator mutex that with_inner
     * holds. The runtime lockdep reports the recursive lock and throws where the kernel would hang.
     */
    @Test
    void mmNodeDroppedUnderMmLockIsARecursiveLock() {
        MmAllocator<List<MmNode<Long>>, Long> mm = new MmAllocator<>(0, 1 << 20, new ArrayList<>(), HEAP_MM);
        MmNode<Long> node = mm.insertNode(0L, 0x1000, 64);

        assertThrows(IllegalStateException.class, () -> mm.withInner(garbage -> {
            node.drop(); // HeapAllocation::drop without moving the node out of the closure
            return null;
        }));

        Report r = only(Report.Kind.RECURSIVE_LOCK);
        assertEquals("RecursiveLock", r.kind().rule());
        assertEquals(List.of(HEAP_MM.name()), r.classes());
    }

    /** The clean shape (MmNodeMovedOutOfMmLock.java): the node leaves the closure, then drops. */
    @Test
    void mmNodeMovedOutOfTheClosureIsClean() {
        MmAllocator<List<MmNode<Long>>, Long> mm = new MmAllocator<>(0, 1 << 20, new ArrayList<>(), HEAP_MM);
        MmNode<Long> node = mm.insertNode(0L, 0x1000, 64);
        MmNode<Long> out = mm.withInner(garbage -> node);
        out.drop();
        assertEquals(0, mm.allocated());
        assertEquals(List.of(), DebugReports.all());
    }

    // ---------------------------------------------------------------- section 6 item 9

    /** buffer.rs Buffer and Scene, as in BufferInnerRetakenThroughSceneBackPointer.java. */
    static final class BufferInner {
        int activeSlot = -1;
        int activeScenes;
    }

    static final class Buffer {
        final Mutex<BufferInner> inner = new Mutex<>(new BufferInner(), "Buffer.inner");

        Scene newScene(int freeSlot) {
            try (MutexGuard<BufferInner> g = inner.lock()) {
                if (g.get().activeSlot < 0) {
                    g.get().activeSlot = freeSlot;
                }
                g.get().activeScenes++;
                Scene scene = new Scene(this);
                scene.slot = scene.bufferSlot(); // through the back-pointer: Buffer.inner again
                return scene;
            }
        }
    }

    static final class Scene {
        final Buffer buffer;
        int slot = -1;

        Scene(Buffer buffer) {
            this.buffer = buffer;
        }

        int bufferSlot() {
            try (MutexGuard<BufferInner> g = buffer.inner.lock()) {
                return g.get().activeSlot;
            }
        }
    }

    /**
     * Twin of test-inputs/asahi-bugs/BufferInnerRetakenThroughSceneBackPointer.java
     * (RecursiveLock): new_scene holds Buffer.inner and reaches the same mutex through the new
     * scene's back-pointer to its buffer.
     */
    @Test
    void bufferInnerRetakenThroughTheSceneBackPointerIsARecursiveLock() {
        Buffer buffer = new Buffer();

        assertThrows(IllegalStateException.class, () -> buffer.newScene(3));

        Report r = only(Report.Kind.RECURSIVE_LOCK);
        assertEquals(List.of("Buffer.inner"), r.classes());
        assertTrue(r.detail().contains("Buffer.inner"), r.detail());
    }

    // ---------------------------------------------------------------- section 6 item 10

    /**
     * Twin of test-inputs/asahi-bugs/TvbGrowFromEventPathInversion.java (LockOrderInversion): the
     * event path grows a buffer under rx_channels (rx_channels -&gt; Buffer.inner -&gt; ualloc);
     * the seeded submit path, holding Buffer.inner, claims its slot's grow requests from the event
     * channel (Buffer.inner -&gt; rx_channels). Lockdep needs no real deadlock: the second order
     * closes a cycle in its dependency graph.
     */
    @Test
    void tvbGrowFromTheEventPathAgainstTheSubmitPathIsALockInversion() {
        Mutex<List<Integer>> rxChannels = new Mutex<>(new ArrayList<>(), "rx_channels");
        Mutex<BufferInner> bufferInner = new Mutex<>(new BufferInner(), "Buffer.inner");
        Mutex<long[]> ualloc = new Mutex<>(new long[1], "ualloc");

        // event path (RTKit worker): recv_message -> GrowTVB -> sync_grow
        try (MutexGuard<List<Integer>> rx = rxChannels.lock()) {
            rx.get().add(3);
            try (MutexGuard<BufferInner> b = bufferInner.lock();
                    MutexGuard<long[]> a = ualloc.lock()) {
                a.get()[0] += 0x8000;
                b.get().activeScenes++;
            }
            rx.get().clear();
        }
        assertEquals(List.of(), DebugReports.all());

        // seeded submit path: ensure_blocks holds Buffer.inner, then takes the event channel
        try (MutexGuard<BufferInner> b = bufferInner.lock()) {
            try (MutexGuard<List<Integer>> rx = rxChannels.lock()) {
                rx.get().removeIf(s -> s == 3);
            }
            b.get().activeScenes--;
        }

        Report r = only(Report.Kind.LOCK_ORDER);
        assertEquals("LockOrderInversion", r.kind().rule());
        assertTrue(r.classes().stream().anyMatch(c -> c.contains("rx_channels")), r.toString());
        assertTrue(r.classes().stream().anyMatch(c -> c.contains("Buffer.inner")), r.toString());
    }

    // ---------------------------------------------------------------- GpuContext in a fence callback

    /**
     * Twin of test-inputs/asahi-bugs/GpuContextDroppedInFenceCallback.java (DropInAtomic): the real
     * asahi GpuContext, whose destructor queues it on a mutex-protected garbage list (free_context),
     * has its last reference put by a job-done callback of a real dma_fence, which runs under the
     * fence spinlock.
     */
    @Test
    void gpuContextFinalPutInAFenceCallbackIsADropInAtomic() {
        Mutex<List<Long>> garbageContexts = new Mutex<>(new ArrayList<>(), "garbage_contexts");
        GpuContext.Freer freer = id -> {
            try (MutexGuard<List<Long>> g = garbageContexts.lock()) {
                g.get().add(id);
            }
        };
        DmaFence fence = new DmaFence(new TestFence(), 1, 1, FENCE_KEY);
        Arc<GpuContext> context = Arc.create(new GpuContext(7, freer));
        Arc<GpuContext> jobRef = context.clone();
        FenceCallback jobDone = f -> jobRef.close();
        assertTrue(fence.addCallback(jobDone));
        context.close(); // the queue is gone: the job holds the last reference

        fence.signal();

        Report r = only(Report.Kind.DROP_IN_ATOMIC);
        assertEquals("DropInAtomic", r.kind().rule());
        assertTrue(r.detail().contains("GpuContext"), r.detail());
        try (MutexGuard<List<Long>> g = garbageContexts.lock()) {
            assertEquals(List.of(7L), g.get(), "the context still reached the garbage list");
        }
    }

    // ---------------------------------------------------------------- section 6 item 11

    /**
     * Twin of test-inputs/asahi-bugs/DropMappingsUnderXaLock.java (SleepInAtomic): the real asahi
     * Vm.dropMappings (exec lock, a sleeping lock) called while the vms XArray's xa_lock spinlock
     * is held.
     */
    @Test
    void dropMappingsUnderTheXArrayLockIsASleepInAtomic() {
        Uat uat = new Uat();
        Vm vm = uat.newVm(0x10_0000_0000L, 0x10_0000_0000L);
        XArray<Vm> vms = new XArray<>(true);
        long id = vms.alloc(vm, 16);
        ARef<ShmemObject<Void>> obj = ShmemObject.create(0x4000, null, new GemObjectOps() {}, null);
        assertEquals(List.of(), DebugReports.all());

        try (XArrayGuard<Vm> g = vms.lock()) {
            g.get(id).dropMappings(obj.get()); // the early guard drop removed
        }

        assertTrue(!DebugReports.ofKind(Report.Kind.SLEEP_IN_ATOMIC).isEmpty(), DebugReports.all().toString());
        Report r = DebugReports.ofKind(Report.Kind.SLEEP_IN_ATOMIC).get(0);
        assertEquals("SleepInAtomic", r.kind().rule());
        assertTrue(r.detail().contains("xa_lock"), r.detail());

        obj.close();
        vms.remove(id).close();
    }

    /** The clean shape (DropMappingsAfterXaUnlock.java): copy the entry out, unlock, then sleep. */
    @Test
    void dropMappingsAfterTheXArrayUnlockIsClean() {
        Uat uat = new Uat();
        XArray<Vm> vms = new XArray<>(true);
        long id = vms.alloc(uat.newVm(0x10_0000_0000L, 0x10_0000_0000L), 16);
        ARef<ShmemObject<Void>> obj = ShmemObject.create(0x4000, null, new GemObjectOps() {}, null);
        Vm vm;
        try (XArrayGuard<Vm> g = vms.lock()) {
            vm = g.get(id);
        }
        vm.dropMappings(obj.get());
        assertEquals(List.of(), DebugReports.all());
        obj.close();
        vms.remove(id).close();
    }

    // ---------------------------------------------------------------- section 6 item 13

    /**
     * Twin of test-inputs/asahi-bugs/FenceLockClassKeyPerQueue.java (LockClassKeyNotStatic): a lock
     * class key made per queue, outside static storage.
     */
    @Test
    void lockClassKeyMadePerQueueIsReported() {
        LockClassKey key = new LockClassKey("SeededBugs::asahi_fence (per queue)");
        new Mutex<>(new Object(), key);

        Report r = only(Report.Kind.NON_STATIC_KEY);
        assertEquals("LockClassKeyNotStatic", r.kind().rule());
    }

    private static final class TestFence implements FenceOps {
        @Override
        public String driverName() {
            return "asahi";
        }

        @Override
        public String timelineName() {
            return "seeded";
        }
    }
}
