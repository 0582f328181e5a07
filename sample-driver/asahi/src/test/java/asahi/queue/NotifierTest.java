package asahi.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asahi.alloc.HeapAllocator;
import asahi.driver.AsahiData;
import asahi.driver.AsahiDriver;
import asahi.fw.FirmwareSim;
import asahi.fw.FwCommand;
import asahi.fw.Notifier;
import asahi.gpu.GpuManager;
import asahi.mmu.Vm;
import java.util.ArrayList;
import java.util.List;
import kernel.debug.DebugReports;
import kernel.device.PlatformDevice;
import kernel.dma.fence.DmaFence;
import kernel.drm.DrmDevice;
import kernel.error.Errno;
import kernel.sync.Lockdep;
import kernel.sync.Mutex;
import kernel.types.ARef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A queue's notifier: the threshold is raised once per job as the scheduler runs it, and the
 * firmware reports a job's completion only when its completed count reaches the threshold.
 */
@Timeout(30)
class NotifierTest {
    private PlatformDevice pdev;
    private AsahiDriver drv;
    private GpuManager gpu;
    private FirmwareSim fw;
    private Queue queue;

    @BeforeEach
    void setUp() {
        DebugReports.reset();
        Lockdep.reset();
        pdev = new PlatformDevice("agx").withResource("sgx", 64).withResource("asc", 4);
        drv = new AsahiDriver(9600);
        pdev.bind(drv);
        try (ARef<DrmDevice<AsahiData>> d = drv.drm()) {
            gpu = d.get().data().gpu();
            fw = d.get().data().firmware();
        }
        Vm vm = gpu.uat().newVm(0x10_0000_0000L, 0x14_0000_0000L);
        Mutex<HeapAllocator> ualloc = new Mutex<>(new HeapAllocator("ualloc", vm, 0x30_0000_0000L, 0x1000_0000L), "ualloc");
        Mutex<HeapAllocator> uallocPriv = new Mutex<>(new HeapAllocator("ualloc_priv", vm, 0x31_0000_0000L,
                0x1000_0000L), "ualloc");
        queue = new Queue(gpu, vm, ualloc, uallocPriv, 0);
    }

    @AfterEach
    void tearDown() {
        queue.destroy();
        pdev.unbind();
        drv.release();
        assertEquals(List.of(), DebugReports.all(), "runtime lockdep / atomic-sleep reports");
    }

    private ARef<DmaFence> compute(long us, List<ARef<DmaFence>> deps) {
        return queue.submit(new SubmitArgs(queue.id(), false, us, FwCommand.Inject.NONE), deps);
    }

    @Test
    void theThresholdFollowsTheJobsRunAndTheFirmwareCountsCompletions() {
        Notifier n = queue.notifier();
        List<ARef<DmaFence>> fences = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            fences.add(compute(100, new ArrayList<>()));
        }
        for (ARef<DmaFence> f : fences) {
            assertTrue(f.get().waitTimeout(5000) > 0);
            assertEquals(0, f.get().error());
            f.close();
        }
        assertEquals(3, n.threshold(), "raised once per job, in run()");
        assertEquals(3, n.value(), "the firmware counted three completions");
        assertEquals(0, fw.heldBack());
    }

    /**
     * asahi-model.md section 6 item 3, at run time: a threshold raised ahead of the job (as the early
     * driver did at submit time) for a job B that depends on job A makes the firmware hold A's
     * completion back until B completes, while drm_sched runs B only after A's fence signalled:
     * neither ever completes. A firmware crash is what ends it here.
     */
    @Test
    void aThresholdRaisedAtSubmitTimeIsACircularWait() throws Exception {
        Notifier n = queue.notifier();
        n.raiseThreshold(); // the early bump for B, before A even ran
        ARef<DmaFence> a = compute(100, new ArrayList<>());
        List<ARef<DmaFence>> dep = new ArrayList<>();
        dep.add(a.clone());
        ARef<DmaFence> b = compute(100, dep);
        assertEquals(0, a.get().waitTimeout(300), "A's completion is held back");
        assertFalse(b.get().isSignalled(), "B waits for A");
        assertEquals(1, fw.heldBack());
        assertEquals(1, n.value(), "the firmware did finish A");
        fw.crash();
        assertTrue(a.get().waitTimeout(5000) > 0);
        assertTrue(b.get().waitTimeout(5000) > 0);
        assertEquals(-Errno.ENODEV, a.get().error());
        assertTrue(b.get().error() < 0, "B never ran");
        a.close();
        b.close();
    }
}
