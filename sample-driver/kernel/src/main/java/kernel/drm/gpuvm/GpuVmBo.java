package kernel.drm.gpuvm;

import dev.drivercheck.annotations.Owned;
import dev.drivercheck.annotations.Destructor;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import kernel.drm.gem.GemObject;
import kernel.dma.DmaResv;
import kernel.types.ARef;
import kernel.types.AlwaysRefCounted;
import kernel.types.Kref;

/**
 * The link of one GEM object into one VM (struct drm_gpuvm_bo), with driver data. Refcounted in
 * the object; the last put unlinks it under the object's reservation lock (dma_resv_lock), so it
 * must never be dropped while that lock (or the VM's exec lock, for VM-private objects) is held.
 */
public final class GpuVmBo implements AlwaysRefCounted {
    private final GpuVm<?> vm;
    private final ARef<GemObject> obj;
    private final Kref kref = new Kref("drm_gpuvm_bo");
    private final Object driverData;

    GpuVmBo(GpuVm<?> vm, @Owned ARef<GemObject> obj, Object driverData) {
        this.vm = vm;
        this.obj = obj;
        this.driverData = driverData;
    }

    public GemObject object() {
        return obj.get();
    }

    public GpuVm<?> vm() {
        return vm;
    }

    /** The driver's per-link data (asahi VmBo). */
    public Object driverData() {
        return driverData;
    }

    @NoSleep
    @Override
    public void incRef() {
        kref.get();
    }

    @Override
    public void decRef() {
        if (kref.put()) {
            release();
        }
    }

    /**
     * The last put, as GpuVmBo::dec_ref does it: dma_resv_lock(obj->resv, NULL) (no acquire
     * context: a plain lock of the reservation class, so the caller must hold no reservation),
     * drm_gpuvm_bo_put (unlink from the VM), dma_resv_unlock; then the GEM reference is put.
     */
    @Destructor
    @MightSleep
    private void release() {
        DmaResv resv = obj.get().resv();
        resv.lock(null); // without a context it never returns -EDEADLK
        try {
            vm.unlinkBo(this);
        } finally {
            resv.unlock();
        }
        obj.close();
    }
}
