package asahi.mmu;

import dev.drivercheck.annotations.Destructor;
import dev.drivercheck.annotations.MightSleep;
import java.util.concurrent.atomic.AtomicBoolean;
import kernel.drm.gpuvm.LockedGpuVm;
import kernel.drm.mm.MmNode;
import kernel.sync.MutexGuard;
import kernel.sync.SpinLockGuard;
import kernel.types.Drop;

/**
 * A mapping of a GEM object into a VM (mmu.rs KernelMapping). Its destructor is the main unmap
 * path and sleeps: flush the firmware's view (exec_lock -&gt; handoff_flush -&gt; fwctl), unmap
 * under the exec lock, then give the VA range back (the mm lock, after the exec lock is gone).
 */
public final class KernelMapping implements Drop, AutoCloseable {
    private final Vm vm;
    private final MmNode<KernelMappingInner> node;
    private final AtomicBoolean dropped = new AtomicBoolean();

    KernelMapping(Vm vm, MmNode<KernelMappingInner> node) {
        this.vm = vm;
        this.node = node;
    }

    public long iova() {
        return node.start();
    }

    public long size() {
        return node.size();
    }

    @Destructor
    @MightSleep
    @Override
    public void drop() {
        if (!dropped.compareAndSet(false, true)) {
            return;
        }
        Uat uat = vm.uat();
        // remap_uncached_and_flush
        try (LockedGpuVm<VmInner> locked = vm.gpuvm().execLock()) {
            int slot;
            try (MutexGuard<VmBinding> g = vm.binding.lock()) {
                slot = g.get().slot == null ? (vm.gpuvm().data().isKernel ? 0 : -1) : g.get().slot.slot() + 1;
            }
            boolean current;
            try (MutexGuard<UatInner.UatShared> g = uat.inner.shared.lock()) {
                try (SpinLockGuard<Object> h = uat.inner.handoff.lock()) {
                    current = slot >= 0 && g.get().ttbs[slot] == vm.id();
                    uat.inner.handoff.apUnlock();
                }
            }
            if (slot >= 0 && (current || vm.gpuvm().data().isKernel)) {
                try (MutexGuard<long[]> f = uat.inner.handoffFlush.get(slot).lock()) {
                    FwCtl fw = uat.fwctl;
                    if (fw != null) {
                        fw.fwctlFlush(node.start(), node.size());
                    }
                    f.get()[0]++;
                }
            }
        }
        vm.unmapRange(node.start(), node.size());
        node.drop();
    }

    @MightSleep
    @Override
    public void close() {
        drop();
    }
}
