package kernel.drm.gpuvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kernel.KernelTest;
import kernel.dma.DmaResv;
import kernel.drm.gem.GemObjectOps;
import kernel.drm.gem.ShmemObject;
import kernel.error.Errno;
import kernel.error.KernelException;
import kernel.types.ARef;
import org.junit.jupiter.api.Test;

/** drm_gpuvm: the exec lock as a drm_exec transaction, sm_map/sm_unmap steps, BO links. */
class GpuVmTest extends KernelTest {

    /** Records the steps, and checks they run with the VM's reservation held. */
    static final class Ops implements GpuVmOps<List<String>, Object> {
        int freed;

        @Override
        public void stepMap(LockedGpuVm<List<String>> vm, GpuVa va, Object ctx) {
            assertTrue(vm.vm().isLockedByCurrentThread());
            vm.vm().data().add("map " + Long.toHexString(va.start()) + "+" + Long.toHexString(va.range()));
        }

        @Override
        public void stepUnmap(LockedGpuVm<List<String>> vm, GpuVa va, Object ctx) {
            assertTrue(vm.vm().isLockedByCurrentThread());
            vm.vm().data().add("unmap " + Long.toHexString(va.start()));
        }

        @Override
        public void stepRemap(LockedGpuVm<List<String>> vm, GpuVa old, GpuVa prev, GpuVa next, Object ctx) {
            vm.vm().data().add("remap " + Long.toHexString(old.start()) + " keep " + (prev != null) + "/" + (next != null));
        }

        @Override
        public void vmFree(List<String> data) {
            freed++;
        }
    }

    private static ARef<GpuVm<List<String>>> vm(Ops ops) {
        return GpuVm.create("vm", 0, 1 << 20, new DmaResv("vm"), ops, new ArrayList<>());
    }

    @Test
    void mapSplitUnmapAndDeferredBoPut() {
        Ops ops = new Ops();
        ARef<GpuVm<List<String>>> vm = vm(ops);
        ARef<ShmemObject<Void>> bo = ShmemObject.create(0x10000, vm.get().resv(), new GemObjectOps() {}, null);
        ARef<GpuVmBo> link;
        try (LockedGpuVm<List<String>> l = vm.get().execLock(bo.get(), false)) {
            assertTrue(bo.get().resv().isHeldByCurrentThread(), "a VM-private object shares the VM's resv");
            link = l.obtainBo(bo.get(), "driver data");
            try (ARef<GpuVmBo> again = l.obtainBo(bo.get(), "other")) {
                assertSame(link.get(), again.get(), "one link per (VM, object)");
            }
            l.smMap(0x4000, 0xc000, link.get(), 0, null);
            l.smUnmap(0x8000, 0x4000, null); // splits the mapping in two
            assertEquals(2, l.mappings().size());
            assertEquals(List.of(0x4000L, 0xc000L), l.mappings().stream().map(GpuVa::start).toList());
            assertEquals(0x8000, l.mappings().get(1).offset(), "the tail keeps its offset into the object");
        }
        assertFalse(vm.get().isLockedByCurrentThread());
        assertEquals(List.of("map 4000+c000", "remap 4000 keep true/true"), vm.get().data());
        assertEquals(1, vm.get().deferredCount(), "the split VA's link reference is put later");
        assertEquals(1, vm.get().boDeferredCleanup());
        link.close();
        try (LockedGpuVm<List<String>> l = vm.get().execLock()) {
            l.boUnmap(bo.get(), null);
            assertEquals(List.of(), l.mappings());
            try (ARef<GpuVmBo> found = l.findBo(bo.get())) {
                assertSame(bo.get(), found.get().object(), "the VAs still hold the link until the deferred put");
            }
        }
        assertEquals(2, vm.get().boDeferredCleanup(), "the two VAs' references");
        try (LockedGpuVm<List<String>> l = vm.get().execLock()) {
            assertEquals(null, l.findBo(bo.get()), "the final put unlinked it (under the object's resv)");
        }
        assertEquals(1, bo.get().refCount(), "the link's GEM reference was put");
        bo.close();
        vm.close();
        assertEquals(1, ops.freed);
        assertNoReports();
    }

    @Test
    void execLockTakesExternalObjectsUnderOneTransaction() {
        ARef<GpuVm<List<String>>> vm = vm(new Ops());
        ARef<ShmemObject<Void>> ext = ShmemObject.create(0x4000, null, new GemObjectOps() {}, null);
        ARef<GpuVmBo> link;
        try (LockedGpuVm<List<String>> l = vm.get().execLock(ext.get(), false)) {
            assertTrue(ext.get().resv().isHeldByCurrentThread());
            assertEquals(2, l.exec().objects().size(), "VM resv + the external object's");
            link = l.obtainBo(ext.get(), null);
        }
        assertFalse(ext.get().resv().isHeldByCurrentThread());
        try (LockedGpuVm<List<String>> l = vm.get().execLock()) {
            assertTrue(ext.get().resv().isHeldByCurrentThread(), "linked external objects are locked too");
        }
        link.close(); // the final put: dma_resv_lock of the object without a context, then unlink
        assertFalse(ext.get().resv().isLocked());
        ext.close();
        vm.close();
        assertNoReports();
    }

    @Test
    void interruptibleExecLockFailsWithEintrAndHoldsNothing() throws Exception {
        ARef<GpuVm<List<String>>> vm = vm(new Ops());
        DmaResv resv = vm.get().resv();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            resv.lock(null);
            held.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                resv.unlock();
            }
        });
        holder.start();
        assertTrue(held.await(5, TimeUnit.SECONDS));
        Thread me = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            while (resv.waiters() == 0) {
                Thread.onSpinWait();
            }
            me.interrupt();
        });
        interrupter.start();
        KernelException e = assertThrows(KernelException.class, () -> vm.get().execLock(null, true));
        assertEquals(Errno.EINTR, e.errno());
        assertTrue(Thread.interrupted());
        assertFalse(resv.isHeldByCurrentThread());
        release.countDown();
        holder.join(5000);
        interrupter.join(5000);
        try (LockedGpuVm<List<String>> l = vm.get().execLock(null, true)) {
            assertTrue(resv.isHeldByCurrentThread(), "uncontended, it succeeds");
        }
        vm.close();
    }
}
