package kernel.drm.gpuvm;

import dev.drivercheck.annotations.Destructor;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import kernel.drm.gem.GemObject;
import kernel.sync.MutexGuard;
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

    GpuVmBo(GpuVm<?> vm, ARef<GemObject> obj, Object driverData) {
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

    /** drm_gpuvm_bo_put with the resv held: unlink from the VM, then put the object. */
    @Destructor
    @MightSleep
    private void release() {
        try (MutexGuard<Object> g = obj.get().resv().lock()) {
            vm.unlinkBo(this);
        }
        obj.close();
    }
}
