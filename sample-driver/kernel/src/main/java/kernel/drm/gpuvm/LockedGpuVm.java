package kernel.drm.gpuvm;

import dev.drivercheck.annotations.Holds;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.PinInit;
import dev.drivercheck.annotations.Releases;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kernel.drm.gem.GemObject;
import kernel.drm.exec.DrmExec;
import kernel.sync.MutexGuard;
import kernel.types.ARef;

/**
 * A GPU VM with its exec lock held (LockedGpuVm, drm_gpuvm_exec): the only way to change its
 * mappings. Closing it unlocks. Do not drop a {@link GpuVmBo} reference while holding it: its
 * destructor takes the reservation lock.
 */
@LockGuard
public final class LockedGpuVm<T> implements AutoCloseable {
    private final GpuVm<T> vm;
    private final DrmExec exec;

    LockedGpuVm(GpuVm<T> vm, DrmExec exec) {
        this.vm = vm;
        this.exec = exec;
    }

    /** The drm_exec transaction holding the reservations. */
    public DrmExec exec() {
        return exec;
    }

    public GpuVm<T> vm() {
        return vm;
    }

    /**
     * drm_gpuvm_bo_obtain: the link of {@code obj} into this VM, created if needed (takes the GEM
     * gpuva lock). Returns a new reference. (The gpuva lock it takes is not declared as a
     * scoped {@code @Acquires}/{@code @Releases}: on a method of a lock guard the checker reads
     * {@code @Releases} as closing the guard. The exec lock -&gt; gpuva edge shows in step_map.)
     */
    @Holds("vm.resv")
    @MightSleep
    @PinInit
    public ARef<GpuVmBo> obtainBo(GemObject obj, Object driverData) {
        try (MutexGuard<Object> g = obj.lockGpuva()) {
            GpuVmBo b = vm.findLinked(obj);
            if (b != null) {
                return ARef.from(b);
            }
            GpuVmBo created = new GpuVmBo(vm, ARef.from(obj), driverData);
            vm.bos.add(created);
            return ARef.fromRaw(created);
        }
    }

    /** drm_gpuvm_bo_find: the existing link or null (takes the GEM gpuva lock). */
    @Holds("vm.resv")
    @MightSleep
    public ARef<GpuVmBo> findBo(GemObject obj) {
        try (MutexGuard<Object> g = obj.lockGpuva()) {
            GpuVmBo b = vm.findLinked(obj);
            return b == null ? null : ARef.from(b);
        }
    }

    /**
     * drm_gpuvm_sm_map: replaces whatever overlaps [addr, addr+range) with a mapping of {@code bo}
     * at {@code offset}, through the step callbacks. The new VA takes its own BO reference.
     */
    @Holds("vm.resv")
    @MightSleep
    public <C> void smMap(long addr, long range, GpuVmBo bo, long offset, C ctx) {
        smUnmap(addr, range, ctx);
        GpuVa va = new GpuVa(addr, range, ARef.from(bo), offset);
        vm.vas.put(addr, va);
        ops(ctx).stepMap(this, va, ctx);
    }

    /** drm_gpuvm_sm_unmap: unmaps [addr, addr+range), splitting mappings that straddle it. */
    @Holds("vm.resv")
    @MightSleep
    public <C> void smUnmap(long addr, long range, C ctx) {
        long end = addr + range;
        List<GpuVa> hit = new ArrayList<>();
        Map.Entry<Long, GpuVa> before = vm.vas.lowerEntry(addr);
        if (before != null && before.getValue().end() > addr) {
            hit.add(before.getValue());
        }
        hit.addAll(vm.vas.subMap(addr, end).values());
        for (GpuVa old : hit) {
            vm.vas.remove(old.start());
            GpuVa prev = old.start() < addr ? new GpuVa(old.start(), addr - old.start(), ARef.from(old.vmBo()), old.offset()) : null;
            GpuVa next = old.end() > end ? new GpuVa(end, old.end() - end, ARef.from(old.vmBo()), old.offset() + (end - old.start())) : null;
            if (prev == null && next == null) {
                ops(ctx).stepUnmap(this, old, ctx);
            } else {
                if (prev != null) {
                    vm.vas.put(prev.start(), prev);
                }
                if (next != null) {
                    vm.vas.put(next.start(), next);
                }
                ops(ctx).stepRemap(this, old, prev, next, ctx);
            }
            unlinkDefer(old);
        }
    }

    /** drm_gpuvm_bo_unmap: unmaps every VA of {@code obj} in this VM. */
    @Holds("vm.resv")
    @MightSleep
    public <C> void boUnmap(GemObject obj, C ctx) {
        List<GpuVa> hit = new ArrayList<>();
        for (GpuVa va : vm.vas.values()) {
            if (va.vmBo() != null && va.vmBo().object() == obj) {
                hit.add(va);
            }
        }
        for (GpuVa va : hit) {
            vm.vas.remove(va.start());
            ops(ctx).stepUnmap(this, va, ctx);
            unlinkDefer(va);
        }
    }

    /** drm_gpuva_unlink_defer: the VA's BO reference is put later, by boDeferredCleanup. */
    @NoSleep
    private void unlinkDefer(GpuVa va) {
        if (va.bo != null) {
            vm.defer(va.bo);
            va.bo = null;
        }
    }

    /** The mappings now (for tests and debug). */
    public List<GpuVa> mappings() {
        return new ArrayList<>(vm.vas.values());
    }

    @SuppressWarnings("unchecked")
    private <C> GpuVmOps<T, C> ops(C ctx) {
        return (GpuVmOps<T, C>) vm.ops();
    }

    /** drm_gpuvm_exec_unlock: drm_exec_fini, every reservation unlocked. */
    @Releases
    @NoSleep
    @Override
    public void close() {
        exec.close();
    }
}
