package asahi.mmu;

import dev.drivercheck.annotations.Owned;
import dev.drivercheck.annotations.Holds;
import dev.drivercheck.annotations.LockClass;
import dev.drivercheck.annotations.MightSleep;
import kernel.drm.gem.GemObject;
import kernel.drm.gem.GemObjectOps;
import kernel.drm.gem.ShmemObject;
import kernel.drm.gpuvm.GpuVa;
import kernel.drm.gpuvm.GpuVm;
import kernel.drm.gpuvm.GpuVmBo;
import kernel.drm.gpuvm.GpuVmOps;
import kernel.drm.gpuvm.LockedGpuVm;
import kernel.drm.mm.MmNode;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;
import kernel.types.ARef;
import kernel.types.Pin;

/**
 * A GPU address space (mmu.rs Vm): a GpuVm with the driver's VmInner, a dummy GEM object whose
 * reservation is the VM's, and the slot binding shared with VmInner.
 */
public final class Vm implements AutoCloseable {
    private static final long PAGE = 0x4000;

    private final long id;
    private final Uat uat;
    private final ARef<GpuVm<VmInner>> gpuvm;
    private final ARef<ShmemObject<Void>> dummyObj;
    @LockClass("VmBinding")
    final Mutex<VmBinding> binding;
    private boolean closed;

    private Vm(long id, Uat uat, @Owned ARef<GpuVm<VmInner>> gpuvm, @Owned ARef<ShmemObject<Void>> dummy, Mutex<VmBinding> binding) {
        this.id = id;
        this.uat = uat;
        this.gpuvm = gpuvm;
        this.dummyObj = dummy;
        this.binding = binding;
    }

    @MightSleep
    static Vm create(Uat uat, long id, boolean isKernel, long start, long size) {
        // Arc<Mutex<VmBinding>> in the driver: a mutex in its own pinned allocation
        Mutex<VmBinding> binding = Pin.<Mutex<VmBinding>>box(slot -> new Mutex<>(new VmBinding(), "VmBinding")).get();
        ARef<ShmemObject<Void>> dummy = ShmemObject.create(0, null, new GemObjectOps() {}, null);
        VmInner inner = new VmInner(id, isKernel, start, size, binding, uat);
        ARef<GpuVm<VmInner>> vm = GpuVm.create("asahi_vm" + id, start, size, dummy.get().resv(), OPS, inner);
        return new Vm(id, uat, vm, dummy, binding);
    }

    public long id() {
        return id;
    }

    /** The VM's shared reservation (its dummy object's): VM-private objects are created with it. */
    public kernel.dma.DmaResv resv() {
        return gpuvm.get().resv();
    }

    /** Binds the VM to a hardware slot for a job: VmBinding -&gt; slots -&gt; uat_shared -&gt; handoff. */
    @MightSleep
    public VmBind bind() {
        try (MutexGuard<VmBinding> g = binding.lock()) {
            VmBinding b = g.get();
            if (b.slot == null) {
                b.slot = uat.bindSlot(b.bindToken, id);
                b.bindToken = b.slot.token();
            }
            b.activeUsers++;
            return new VmBind(this, b.slot.slot());
        }
    }

    /** The slot the VM is bound to, or -1. */
    @MightSleep
    int slot() {
        try (MutexGuard<VmBinding> g = binding.lock()) {
            return g.get().slot == null ? -1 : g.get().slot.slot();
        }
    }

    /**
     * map_in_range: allocates a VA range and maps {@code obj} there (exec_lock -&gt; mm, gpuva,
     * VmBo.inner). The exec lock is dropped before anything that could run a destructor.
     */
    @MightSleep
    public KernelMapping mapInRange(GemObject obj, long size) {
        long len = (size + PAGE - 1) / PAGE * PAGE;
        MmNode<KernelMappingInner> node;
        ARef<GpuVmBo> bo;
        try (LockedGpuVm<VmInner> locked = gpuvm.get().execLock(obj, false)) {
            node = gpuvm.get().data().mm.insertNode(new KernelMappingInner(len), len, PAGE);
            bo = locked.obtainBo(obj, new VmBo());
            locked.smMap(node.start(), len, bo.get(), 0, null);
        }
        // the VA holds its own reference; ours is put after the exec lock
        bo.close();
        return new KernelMapping(this, node);
    }

    /**
     * A user bind (VM_BIND): obtain the VmBo under the exec lock; VmBo.inner alone (sg table);
     * then the exec lock again, interruptible as in bind_object (a signal fails the ioctl with
     * -EINTR, nothing mapped), and sm_map. The BO reference is put after the exec lock.
     */
    @MightSleep
    public void bindObject(GemObject obj, long addr, long size, long offset) {
        ARef<GpuVmBo> bo;
        try (LockedGpuVm<VmInner> locked = gpuvm.get().execLock(obj, false)) {
            bo = locked.obtainBo(obj, new VmBo());
        }
        try {
            VmBo vb = (VmBo) bo.get().driverData();
            try (MutexGuard<long[]> g = vb.inner.lock()) {
                g.get()[0]++; // sg table prepared
            }
            try (LockedGpuVm<VmInner> locked = gpuvm.get().execLock(obj, true)) {
                locked.smMap(addr, size, bo.get(), offset, null);
            }
        } finally {
            bo.close();
        }
        gpuvm.get().boDeferredCleanup();
    }

    /** Unmaps a range; the deferred BO links are put after the exec lock. */
    @MightSleep
    public void unmapRange(long addr, long size) {
        try (LockedGpuVm<VmInner> locked = gpuvm.get().execLock()) {
            locked.smUnmap(addr, size, null);
        }
        gpuvm.get().boDeferredCleanup();
    }

    /** drop_mappings: exec_lock first, the GpuVmBo reference only after it. */
    @MightSleep
    public void dropMappings(GemObject obj) {
        ARef<GpuVmBo> bo;
        try (LockedGpuVm<VmInner> locked = gpuvm.get().execLock(obj, false)) {
            bo = locked.findBo(obj);
            if (bo != null) {
                locked.boUnmap(obj, null);
            }
        }
        if (bo != null) {
            bo.close();
        }
        gpuvm.get().boDeferredCleanup();
    }

    /** Mapped pages (for tests). */
    public int mappedPages() {
        return gpuvm.get().data().pageTable.size();
    }

    GpuVm<VmInner> gpuvm() {
        return gpuvm.get();
    }

    Uat uat() {
        return uat;
    }

    /** Drops this handle: puts the GpuVm (the last put frees VmInner) and the dummy object. */
    @MightSleep
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        gpuvm.get().boDeferredCleanup();
        gpuvm.close();
        dummyObj.close();
    }

    /** The GpuVm callbacks. */
    static final GpuVmOps<VmInner, Object> OPS = new GpuVmOps<>() {
        @Holds("#0.vm.resv")
        @MightSleep
        @Override
        public void stepMap(LockedGpuVm<VmInner> vm, GpuVa va, Object ctx) {
            VmBo vb = (VmBo) va.vmBo().driverData();
            long pages;
            try (MutexGuard<long[]> g = vb.inner.lock()) {
                pages = g.get()[0];
            }
            try (MutexGuard<Object> g = va.vmBo().object().lockGpuva()) {
                for (long a = va.start(); a < va.end(); a += PAGE) {
                    vm.vm().data().pageTable.put(a, va.vmBo().object().id() << 32 | (a - va.start() + va.offset()));
                }
            }
            if (pages < 0) {
                throw new IllegalStateException();
            }
        }

        @Holds("#0.vm.resv")
        @MightSleep
        @Override
        public void stepUnmap(LockedGpuVm<VmInner> vm, GpuVa va, Object ctx) {
            VmInner in = vm.vm().data();
            for (long a = va.start(); a < va.end(); a += PAGE) {
                in.pageTable.remove(a);
            }
            tlbi(in);
        }

        @Holds("#0.vm.resv")
        @MightSleep
        @Override
        public void stepRemap(LockedGpuVm<VmInner> vm, GpuVa old, GpuVa prev, GpuVa next, Object ctx) {
            VmInner in = vm.vm().data();
            long from = prev != null ? prev.end() : old.start();
            long to = next != null ? next.start() : old.end();
            for (long a = from; a < to; a += PAGE) {
                in.pageTable.remove(a);
            }
            tlbi(in);
        }

        /** Under the exec lock: VmBinding for the slot to invalidate. */
        @MightSleep
        private void tlbi(VmInner in) {
            try (MutexGuard<VmBinding> g = in.binding.lock()) {
                if (g.get().slot != null) {
                    in.uat.tlbiAsid(g.get().slot.slot());
                }
            }
        }

        /** VmInner::drop: VmBinding -&gt; uat_shared -&gt; handoff (clear the TTB), then give back the slot. */
        @MightSleep
        @Override
        public void vmFree(VmInner in) {
            try (MutexGuard<VmBinding> g = in.binding.lock()) {
                VmBinding b = g.get();
                if (b.slot != null) {
                    in.uat.setTtb(b.slot.slot() + 1, 0);
                    in.uat.tlbiAsid(b.slot.slot());
                    b.slot.drop();
                    b.slot = null;
                }
            }
        }
    };
}
