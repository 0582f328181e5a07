package asahi.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import kernel.debug.DebugReports;
import kernel.sync.Lockdep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class DemoTest {
    /** The §2.2 nesting edges (asahi-model.md) as runtime lockdep class names. */
    static final List<String> EDGES = List.of(
            "WorkQueue::inner (Fragment) -> WorkQueue::inner (Vertex)/1",
            "WorkQueue::inner (Vertex)/1 -> WorkQueue::inner (Compute)/2",
            "WorkQueue::inner (Vertex)/1 -> pipe_frag",
            "WorkQueue::inner (Compute)/2 -> pipe_vtx",
            "pipe_vtx -> rtkit",
            "alloc -> tx_channels",
            "tx_channels -> rtkit",
            "fwctl_channel -> rtkit",
            "rx_channels -> EventManager::SlotAllocator",
            "rx_channels -> WorkQueue::inner (Compute)",
            "WorkQueue::inner (Compute) -> asahi_fence",
            "asahi_fence -> drm_sched_fence",
            "rx_channels -> Buffer.inner",
            "Buffer.inner -> ualloc",
            "ualloc -> HeapAllocator::mm",
            "rx_channels -> tx_channels",
            "VmBinding -> Uat::SlotAllocator",
            "VmBinding -> uat_shared",
            "uat_shared -> Handoff",
            "dma_resv (stand-in) -> VmBinding",
            "dma_resv (stand-in) -> uat_shared",
            "dma_resv (stand-in) -> handoff_flush",
            "handoff_flush -> fwctl_channel",
            "dma_resv (stand-in) -> gem_gpuva",
            "dma_resv (stand-in) -> VmBinding",
            "dma_resv (stand-in) -> VmInner::mm",
            "WorkQueue::inner (Compute) -> EventManager::SlotAllocator",
            "Buffer.inner -> BufferManager::SlotAllocator",
            "alloc -> Buffer.inner",
            "File::queue -> WorkQueue::inner (Compute)",
            "File::queue -> VmBinding",
            "File::queue -> alloc",
            "alloc -> lockdep_classes",
            "File::queue -> drm_sched_entity",
            "rtkit -> mbox_chan");

    @BeforeEach
    void clean() {
        DebugReports.reset();
        Lockdep.reset();
    }

    @Test
    @Timeout(60)
    void smallRunWithUnplugIsCleanAndExercisesTheDriverLockOrder() throws Exception {
        Demo.Result r = Demo.run(4, 240, 400);
        assertEquals(List.of(), r.reports(), "runtime lockdep / atomic-sleep reports");
        assertEquals(0, r.otherErrors());
        assertTrue(r.completed() > 0, "some jobs completed");
        assertEquals(r.submitted(), r.completed(), "every submitted job's fence signalled");

        List<String> deps = Lockdep.dependencies();
        List<String> seen = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String e : EDGES) {
            (deps.contains(e) ? seen : missing).add(e);
        }
        System.out.println("§2.2 edges exercised (" + seen.size() + "/" + EDGES.size() + "): " + seen);
        System.out.println("§2.2 edges not exercised: " + missing);
        System.out.println("all runtime dependencies: " + deps);
        assertTrue(seen.size() >= EDGES.size() / 2, "most §2.2 edges are exercised: missing " + missing);
        assertTrue(deps.contains("alloc -> lockdep_classes"), "queue creation registers lock classes under alloc");
        assertTrue(r.syncobjWaits() > 0, "some jobs waited on syncobjs");
        assertTrue(r.fwLogLines() > 0, "the firmware log was drained");
    }

    @Test
    @Timeout(60)
    void aFirmwareCrashFailsWhatWasInFlightAndTheRunStaysClean() throws Exception {
        Demo.Result r = Demo.run(3, 3000, -1, 60);
        assertEquals(List.of(), r.reports(), "runtime lockdep / atomic-sleep reports");
        assertEquals(0, r.otherErrors(), "clients saw only ENODEV after the crash");
        assertTrue(r.crashed(), "the firmware crashed");
        assertEquals(r.submitted(), r.completed(), "every submitted job's fence signalled, failed or not");
        System.out.println("after the crash: " + r.failedAfterCrash() + " jobs failed, " + r.refusedAfterCrash()
                + " submissions refused (" + r.submitted() + " submitted)");
    }
}
