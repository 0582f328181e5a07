package asahi.mmu;

import dev.drivercheck.annotations.LockClass;
import java.util.concurrent.ConcurrentHashMap;
import kernel.drm.mm.MmAllocator;
import kernel.sync.LockClassKey;
import kernel.sync.Mutex;

/** The GpuVm's driver data (mmu.rs VmInner): page table, VA allocator, binding. */
final class VmInner {
    static final LockClassKey MM_KEY = new LockClassKey("VmInner::mm");

    final long id;
    final boolean isKernel;
    /** UatPageTable: VA page -&gt; "physical" page (the GEM object id and offset). */
    final ConcurrentHashMap<Long, Long> pageTable = new ConcurrentHashMap<>();
    final MmAllocator<Void, KernelMappingInner> mm;
    @LockClass("VmBinding")
    final Mutex<VmBinding> binding;
    final Uat uat;

    VmInner(long id, boolean isKernel, long start, long size, Mutex<VmBinding> binding, Uat uat) {
        this.id = id;
        this.isKernel = isKernel;
        this.mm = new MmAllocator<>(start, size, null, MM_KEY);
        this.binding = binding;
        this.uat = uat;
    }
}
