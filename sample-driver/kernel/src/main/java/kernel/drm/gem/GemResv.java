package kernel.drm.gem;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.MightSleep;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;

/**
 * SEAM (ww helper): a stand-in for a GEM object's reservation lock (struct dma_resv, a ww_mutex
 * of the "reservation_ww_class"). TODO: replace by kernel.dma.DmaResv, locked through
 * kernel.drm.exec.DrmExec / WwAcquireCtx, once those classes land. Until then it is a plain
 * sleeping mutex: single-object locking only, one lock class for every reservation object, so
 * the lock order it shows is the real one (dma_resv is never nested in the clean driver).
 */
public final class GemResv {
    final Mutex<Object> lock = new Mutex<>(new Object(), "dma_resv (stand-in)");

    /** dma_resv_lock(obj, NULL). */
    @Acquires("lock")
    @MightSleep
    public MutexGuard<Object> lock() {
        return lock.lock();
    }

    public boolean isLocked() {
        return lock.isLocked();
    }
}
