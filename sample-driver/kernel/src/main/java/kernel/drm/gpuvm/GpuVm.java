package kernel.drm.gpuvm;

import dev.drivercheck.annotations.Owned;
import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.Destructor;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.WwClass;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import kernel.drm.gem.GemObject;
import kernel.dma.DmaResv;
import kernel.drm.exec.DrmExec;
import kernel.error.KernelException;
import kernel.types.ARef;
import kernel.types.AlwaysRefCounted;
import kernel.types.Kref;

/**
 * A GPU VA space (struct drm_gpuvm, kernel::drm::gpuvm::GpuVm) with driver data {@code T}:
 * refcounted in the object; the last put calls {@link GpuVmOps#vmFree}. Mappings are changed under
 * {@link #execLock()} (a drm_exec transaction over the reservations); in immediate mode an unmapped VA's BO link is put later, by
 * {@link #boDeferredCleanup()}, which must run without the exec lock.
 */
public final class GpuVm<T> implements AlwaysRefCounted {
    private final String name;
    private final long start;
    private final long size;
    private final Kref kref;
    private final T data;
    private final GpuVmOps<T, ?> ops;
    /**
     * The VM's reservation object (drm_gpuvm.r_obj's resv, from the driver's dummy GEM object):
     * VM-private objects share it; {@link #execLock} locks it first.
     */
    @WwClass("reservation")
    final DmaResv resv;
    /** Protected by the exec lock. */
    final TreeMap<Long, GpuVa> vas = new TreeMap<>();
    /** Protected by the exec lock (and the object resv, which is the same for VM-private BOs). */
    final List<GpuVmBo> bos = new ArrayList<>();
    private final ConcurrentLinkedQueue<ARef<GpuVmBo>> deferred = new ConcurrentLinkedQueue<>();

    private GpuVm(String name, long start, long size, DmaResv resv, GpuVmOps<T, ?> ops, T data) {
        this.name = name;
        this.start = start;
        this.size = size;
        this.resv = resv;
        this.ops = ops;
        this.data = data;
        this.kref = new Kref("drm_gpuvm " + name);
    }

    /** drm_gpuvm_init: the caller owns the first reference. */
    @NoSleep
    public static <T> ARef<GpuVm<T>> create(String name, long start, long size, DmaResv resv,
            GpuVmOps<T, ?> ops, T data) {
        return ARef.fromRaw(new GpuVm<>(name, start, size, resv, ops, data));
    }

    public T data() {
        return data;
    }

    public String name() {
        return name;
    }

    public long start() {
        return start;
    }

    public long size() {
        return size;
    }

    GpuVmOps<T, ?> ops() {
        return ops;
    }

    /** The VM's reservation object (the resv VM-private objects are created with). */
    public DmaResv resv() {
        return resv;
    }

    /** {@link #execLock(GemObject, boolean)} of the VM alone, uninterruptible. */
    @Acquires("resv")
    @MightSleep
    public LockedGpuVm<T> execLock() {
        return execLock(null, false);
    }

    /**
     * drm_gpuvm_exec_lock(): one drm_exec transaction over the VM's reservation, the reservations
     * of its external objects (linked BOs with a reservation of their own) and, if given, that of
     * {@code obj}; on {@code -EDEADLK} the transaction backs off and retries ({@link DrmExec}).
     * VM-private objects share the VM's reservation and are simply skipped ({@code -EALREADY}).
     * {@code interruptible} is DRM_EXEC_INTERRUPTIBLE_WAIT: a signal while waiting fails the call
     * with {@code -EINTR} ({@link KernelException}), nothing held. The returned guard holds every
     * reservation until it is closed (drm_exec_fini).
     *
     * <p>To the checker every reservation is of the one ww class {@code reservation}: holding the
     * guard is holding that class, taken here under one acquire context.
     */
    @Acquires("resv")
    @MightSleep
    public LockedGpuVm<T> execLock(GemObject obj, boolean interruptible) {
        DrmExec exec = new DrmExec(interruptible ? DrmExec.INTERRUPTIBLE_WAIT : 0);
        int ret = exec.untilAllLocked(e -> {
            int r = e.lockObj(resv);
            if (r != 0) {
                return r;
            }
            for (GpuVmBo b : new ArrayList<>(bos)) { // read under the VM resv, which protects it
                r = e.lockObj(b.object().resv());
                if (r != 0) {
                    return r;
                }
            }
            return obj == null ? 0 : e.lockObj(obj.resv());
        });
        if (ret != 0) {
            exec.fini();
            throw new KernelException(ret, "drm_gpuvm_exec_lock(" + name + ")");
        }
        return new LockedGpuVm<>(this, exec);
    }

    /** Whether the current thread holds the VM's reservation (for assertions). */
    public boolean isLockedByCurrentThread() {
        return resv.isHeldByCurrentThread();
    }

    /** Puts the BO links of VAs unmapped in immediate mode. Never under the exec lock. */
    @MightSleep
    public int boDeferredCleanup() {
        int n = 0;
        ARef<GpuVmBo> bo;
        while ((bo = deferred.poll()) != null) {
            bo.close();
            n++;
        }
        return n;
    }

    void defer(@Owned ARef<GpuVmBo> bo) {
        deferred.add(bo);
    }

    /** Deferred BO links waiting for {@link #boDeferredCleanup()}. */
    public int deferredCount() {
        return deferred.size();
    }

    void unlinkBo(GpuVmBo bo) {
        bos.remove(bo);
    }

    GpuVmBo findLinked(GemObject obj) {
        for (GpuVmBo b : bos) {
            if (b.object() == obj) {
                return b;
            }
        }
        return null;
    }

    @NoSleep
    @Override
    public void incRef() {
        kref.get();
    }

    @Override
    public void decRef() {
        if (kref.put()) {
            free();
        }
    }

    /** drm_gpuvm_free: the driver's vm_free drops the driver data. */
    @Destructor
    @MightSleep
    private void free() {
        ops.vmFree(data);
    }

    @Override
    public String toString() {
        return "gpuvm " + name;
    }
}
