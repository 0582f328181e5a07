package kernel.drm.syncobj;

import dev.drivercheck.annotations.PinInit;
import dev.drivercheck.annotations.Pinned;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Owned;
import dev.drivercheck.annotations.Releases;
import kernel.dma.fence.DmaFence;
import kernel.sync.SpinLock;
import kernel.sync.SpinLockGuard;
import kernel.types.ARef;
import kernel.types.AlwaysRefCounted;
import kernel.types.Kref;

/**
 * A DRM sync object (struct drm_syncobj): a refcounted container for one fence slot, which
 * submissions read (an in-sync: wait for the fence there) and replace (an out-sync: install the
 * job's fence). The slot is protected by the syncobj spinlock; the replaced fence is put after
 * the unlock.
 */
@Pinned
public final class SyncObj implements AlwaysRefCounted {
    /** The fence slot (syncobj->fence); null when empty. */
    static final class Slot {
        ARef<DmaFence> fence;
    }

    @Pin private final SpinLock<Slot> lock;
    private final Kref kref = new Kref("drm_syncobj");

    private SyncObj() {
        this.lock = new SpinLock<>(new Slot(), "drm_syncobj");
    }

    /** drm_syncobj_create(): an empty syncobj; the caller owns its one reference. */
    @NoSleep
    @PinInit
    public static ARef<SyncObj> create() {
        return ARef.fromRaw(new SyncObj());
    }

    /** drm_syncobj_fence_get(): a new reference to the current fence, or null when empty. */
    @Acquires("lock")
    @Releases("lock")
    @NoSleep
    public ARef<DmaFence> fence() {
        try (SpinLockGuard<Slot> g = lock.lock()) {
            ARef<DmaFence> f = g.get().fence;
            return f == null ? null : f.clone();
        }
    }

    /**
     * drm_syncobj_replace_fence(): installs {@code fence} (owned; null empties the slot) and puts
     * the previous one after the unlock.
     */
    @Acquires("lock")
    @Releases("lock")
    @NoSleep
    public void replaceFence(@Owned ARef<DmaFence> fence) {
        ARef<DmaFence> old;
        try (SpinLockGuard<Slot> g = lock.lock()) {
            old = g.get().fence;
            g.get().fence = fence;
        }
        if (old != null) {
            old.close();
        }
    }

    /**
     * DRM_IOCTL_SYNCOBJ_WAIT for one syncobj: waits until its fence signalled. Returns the fence's
     * error (0 or a negative errno), or 1 on timeout; an empty syncobj counts as signalled.
     */
    @MightSleep
    public int waitSignalled(long timeoutMs) {
        try (ARef<DmaFence> f = fence()) {
            if (f == null) {
                return 0;
            }
            if (f.get().waitTimeout(timeoutMs) == 0) {
                return 1;
            }
            return f.get().error();
        }
    }

    @NoSleep
    @Override
    public void incRef() {
        kref.get();
    }

    /** drm_syncobj_put(): the last put frees it and puts its fence (fence puts never sleep). */
    @Acquires("lock")
    @Releases("lock")
    @NoSleep
    @Override
    public void decRef() {
        if (kref.put()) {
            replaceFence(null);
        }
    }
}
