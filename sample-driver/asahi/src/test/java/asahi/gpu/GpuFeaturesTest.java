package asahi.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asahi.driver.AsahiData;
import asahi.driver.AsahiDriver;
import asahi.driver.Ioctls;
import asahi.file.File;
import asahi.fw.FirmwareSim;
import asahi.fw.FwCommand;
import asahi.fw.KTraceEntry;
import asahi.queue.SubmitArgs;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import kernel.debug.DebugReports;
import kernel.device.PlatformDevice;
import kernel.drm.DrmDevice;
import kernel.drm.DrmFile;
import kernel.error.Errno;
import kernel.error.KernelException;
import kernel.sync.Lockdep;
import kernel.types.ARef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The GPU manager's firmware-facing parts on a probed device: operation guards and idle, job
 * timestamps, the firmware log and kernel trace, syncobjs in SUBMIT, and the crash path. Every
 * test ends with the runtime lockdep and atomic-sleep checker silent.
 */
@Timeout(30)
class GpuFeaturesTest {
    private static final AtomicInteger IRQ = new AtomicInteger(9500);

    private PlatformDevice pdev;
    private AsahiDriver drv;
    private GpuManager gpu;
    private FirmwareSim fw;
    private DrmFile<AsahiData, File> file;
    private long vm;

    @BeforeEach
    void probe() {
        DebugReports.reset();
        Lockdep.reset();
        pdev = new PlatformDevice("agx").withResource("sgx", 64).withResource("asc", 4);
        drv = new AsahiDriver(IRQ.getAndIncrement());
        pdev.bind(drv);
        try (ARef<DrmDevice<AsahiData>> d = drv.drm()) {
            gpu = d.get().data().gpu();
            fw = d.get().data().firmware();
        }
        file = drv.openFile();
        vm = file.ioctl(Ioctls.VM_CREATE, null);
    }

    @AfterEach
    void remove() {
        file.close();
        pdev.unbind();
        drv.release();
        assertEquals(List.of(), DebugReports.all(), "runtime lockdep / atomic-sleep reports");
    }

    private long queue() {
        return file.ioctl(Ioctls.QUEUE_CREATE, new Ioctls.QueueCreate(vm, 0));
    }

    private SubmitArgs submit(long q, boolean render, long us, FwCommand.Inject inj) {
        SubmitArgs a = new SubmitArgs(q, render, us, inj);
        file.ioctl(Ioctls.SUBMIT, a);
        return a;
    }

    private static void waitDone(SubmitArgs a) {
        assertTrue(a.outFence.get().waitTimeout(5000) > 0, "fence signalled");
    }

    private static void eventually(String what, BooleanSupplier cond) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!cond.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what);
            Thread.sleep(1);
        }
    }

    @Test
    void anOperationGuardKeepsTheGpuAwakeUntilDropped() throws Exception {
        OpGuard op = gpu.startOp();
        assertEquals(1, gpu.pendingOps());
        eventually("powered on for the operation", fw::isPowered);
        Thread.sleep(20); // well past the idle timeout
        assertTrue(fw.isPowered(), "no idle while an operation is pending");
        op.close();
        op.close();
        assertEquals(0, gpu.pendingOps(), "a second close does nothing");
        eventually("idle once the operation ended", () -> !fw.isPowered());
        assertTrue(fw.powerOffs() >= 1);
        eventually("power-off traced", () -> gpu.ktraceCount(KTraceEntry.POWER_OFF) >= 1);
    }

    @Test
    void jobsHoldAnOperationGuardUntilFreed() throws Exception {
        long q = queue();
        SubmitArgs a = submit(q, true, 2000, FwCommand.Inject.NONE);
        waitDone(a);
        eventually("the freed job dropped its guard", () -> gpu.pendingOps() == 0);
        a.outFence.close();
    }

    @Test
    void timestampsAreWrittenByTheFirmwareAndReadBackAtCompletion() {
        long q = queue();
        SubmitArgs compute = submit(q, false, 3000, FwCommand.Inject.NONE);
        SubmitArgs render = submit(q, true, 2000, FwCommand.Inject.NONE);
        waitDone(compute);
        waitDone(render);
        assertTrue(compute.startTimestamp > 0, "start written");
        assertTrue(compute.endTimestamp - compute.startTimestamp >= 3_000_000L,
                "the compute command ran 3 ms: " + (compute.endTimestamp - compute.startTimestamp));
        assertTrue(render.startTimestamp > 0 && render.endTimestamp >= render.startTimestamp);
        compute.outFence.close();
        render.outFence.close();
    }

    @Test
    void theFirmwareLogAndTraceAreDrained() throws Exception {
        eventually("boot line", () -> gpu.fwLog().stream().anyMatch(l -> l.contains("firmware booted")));
        long q = queue();
        SubmitArgs a = submit(q, false, 100, FwCommand.Inject.FAULT);
        waitDone(a);
        assertEquals(-Errno.EIO, a.outFence.get().error(), "the fault failed the job");
        eventually("fault logged", () -> gpu.fwLog().stream().anyMatch(l -> l.contains("GPU fault")));
        eventually("commands traced", () -> gpu.ktraceCount(KTraceEntry.CMD_START) >= 1
                && gpu.ktraceCount(KTraceEntry.CMD_END) >= 1);
        assertTrue(gpu.fwLogLines() >= 2);
        a.outFence.close();
    }

    @Test
    void aJobWaitsForItsInSyncobjAndFillsItsOutSyncobj() {
        long q1 = queue();
        long q2 = queue();
        int s = file.syncobjs().create();
        SubmitArgs first = new SubmitArgs(q1, false, 20_000, FwCommand.Inject.NONE).syncs(new int[0], new int[] {s});
        file.ioctl(Ioctls.SUBMIT, first);
        SubmitArgs second = new SubmitArgs(q2, false, 100, FwCommand.Inject.NONE).syncs(new int[] {s}, new int[0]);
        file.ioctl(Ioctls.SUBMIT, second);
        assertEquals(0, file.syncobjs().waitSignalled(s, 5000), "the out-syncobj got the first job's fence");
        waitDone(second);
        assertTrue(second.startTimestamp >= first.endTimestamp,
                "the second job (another queue) ran only after the first ended");
        first.outFence.close();
        second.outFence.close();
        file.syncobjs().destroy(s);
    }

    @Test
    void aFirmwareCrashFailsPendingJobsAndRefusesNewOnes() throws Exception {
        long q = queue();
        SubmitArgs running = submit(q, false, 500_000, FwCommand.Inject.NONE); // 0.5 s on the GPU
        eventually("the job reached the GPU", fw::isPowered);
        fw.crash();
        waitDone(running);
        assertEquals(-Errno.ENODEV, running.outFence.get().error(), "the pending job failed");
        assertTrue(gpu.isCrashed());
        KernelException refused = assertThrows(KernelException.class, () -> submit(q, false, 100, FwCommand.Inject.NONE));
        assertEquals(Errno.ENODEV, refused.errno());
        KernelException noOp = assertThrows(KernelException.class, gpu::startOp);
        assertEquals(Errno.ENODEV, noOp.errno());
        assertTrue(gpu.fwLog().stream().anyMatch(l -> l.contains("PANIC")), gpu.fwLog().toString());
        assertTrue(fw.isDead());
        running.outFence.close();
        // queue teardown after the crash needs no firmware round trip
        file.ioctl(Ioctls.QUEUE_DESTROY, q);
        assertFalse(gpu.pendingOps() < 0);
    }
}
