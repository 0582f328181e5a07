package kernel.drm.gpuvm;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.Destructor;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import kernel.drm.gem.GemObject;
import kernel.drm.gem.GemResv;
import kernel.types.ARef;
import kernel.types.AlwaysRefCounted;
import kernel.types.Kref;

/**
 * A GPU VA space (struct drm_gpuvm, kernel::drm::gpuvm::GpuVm) with driver data {@code T}:
 * refcounted in the object; the last put calls {@link GpuVmOps#vmFree}. Mappings are changed under
 * {@link #execLock()}; in immediate mode an unmapped VA's BO link is put later, by
 * {@link #boDeferredCleanup()}, which must run without the exec lock.
 */
public final class GpuVm<T> implements AlwaysRefCounted {
    private final String name;
    private final long start;
    private final long size;
    private final Kref kref;
    private final T data;
    private final GpuVmOps<T, ?> ops;
    /** The VM's reservation object (from its dummy GEM object): the exec lock. */
    final GemResv resv;
    /** Protected by the exec lock. */
    final TreeMap<Long, GpuVa> vas = new TreeMap<>();
    /** Protected by the exec lock (and the object resv, which is the same for VM-private BOs). */
    final List<GpuVmBo> bos = new ArrayList<>();
    private final ConcurrentLinkedQueue<ARef<GpuVmBo>> deferred = new ConcurrentLinkedQueue<>();

    private GpuVm(String name, long start, long size, GemResv resv, GpuVmOps<T, ?> ops, T data) {
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
    public static <T> ARef<GpuVm<T>> create(String name, long start, long size, GemResv resv,
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

    /**
     * drm_gpuvm_exec_lock: locks the VM's reservation (and, with drm_exec, every external
     * object's). SEAM (ww helper): today a single {@link GemResv} stand-in; TODO lock through
     * kernel.drm.exec.DrmExec over kernel.dma.DmaResv with EDEADLK backoff once they exist.
     */
    @Acquires("resv.lock")
    @MightSleep
    public LockedGpuVm<T> execLock() {
        return new LockedGpuVm<>(this, resv.lock());
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

    void defer(ARef<GpuVmBo> bo) {
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
