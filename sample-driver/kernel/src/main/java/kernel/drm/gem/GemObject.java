package kernel.drm.gem;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import dev.drivercheck.annotations.WwClass;
import java.util.concurrent.atomic.AtomicLong;
import kernel.dma.DmaResv;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;
import kernel.types.AlwaysRefCounted;
import kernel.types.Kref;

/**
 * A GEM buffer object (struct drm_gem_object, Opaque and C-refcounted): size, reservation object
 * and the gpuva list lock. The reservation ({@link DmaResv}) is the object's own, or shared
 * with a VM for VM-private objects.
 */
@Pinned
public class GemObject implements AlwaysRefCounted {
    private static final AtomicLong NEXT_ID = new AtomicLong(1);

    private final long id = NEXT_ID.getAndIncrement();
    private final long size;
    private final Kref kref;
    /** The object's dma_resv: a ww mutex of the reservation class. */
    @WwClass("reservation")
    private final DmaResv resv;
    /** gem.gpuva.lock: protects the list of GPU VAs mapping this object. */
    @Pin final Mutex<Object> gpuvaLock;
    private final GemObjectOps ops;

    protected GemObject(long size, DmaResv sharedResv, GemObjectOps ops) {
        this.size = size;
        this.kref = new Kref("gem object #" + id);
        this.resv = sharedResv != null ? sharedResv : new DmaResv("gem#" + id);
        this.gpuvaLock = new Mutex<>(new Object(), "gem_gpuva");
        this.ops = ops;
    }

    public long id() {
        return id;
    }

    public long size() {
        return size;
    }

    /**
     * The reservation object (obj->resv): the object's own, or its VM's for a VM-private object.
     * Lock it with an acquire context ({@code kernel.drm.exec.DrmExec}) when other reservations
     * are locked with it.
     */
    public DmaResv resv() {
        return resv;
    }

    /** drm_gem_gpuva_lock. */
    @Acquires("gpuvaLock")
    @MightSleep
    public MutexGuard<Object> lockGpuva() {
        return gpuvaLock.lock();
    }

    /** The driver's close callback for one file's handle (called by {@code DrmFile}). */
    @MightSleep
    public void closeCallback(Object file) {
        ops.close(this, file);
    }

    @NoSleep
    @Override
    public void incRef() {
        kref.get();
    }

    /** drm_gem_object_put: the last put frees. */
    @NoSleep
    @Override
    public void decRef() {
        if (kref.put()) {
            ops.free(this);
        }
    }

    public int refCount() {
        return kref.read();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "#" + id + "(" + size + " bytes)";
    }
}
