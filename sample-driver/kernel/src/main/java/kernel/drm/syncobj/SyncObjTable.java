package kernel.drm.syncobj;

import dev.drivercheck.annotations.Pinned;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Releases;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kernel.error.Errno;
import kernel.error.KernelException;
import kernel.sync.SpinLock;
import kernel.sync.SpinLockGuard;
import kernel.types.ARef;

/**
 * A DRM file's syncobj handles (drm_file.syncobj_idr under syncobj_table_lock, a spinlock). Each
 * handle holds a reference; lookups return a new one. Nothing else is taken under the lock, and
 * references are put after it.
 */
@Pinned
public final class SyncObjTable {
    private static final class Handles {
        final Map<Integer, ARef<SyncObj>> map = new HashMap<>();
        int next = 1;
    }

    @Pin private final SpinLock<Handles> tableLock;

    public SyncObjTable() {
        this.tableLock = new SpinLock<>(new Handles(), "drm_syncobj_table_lock");
    }

    /** DRM_IOCTL_SYNCOBJ_CREATE: a new empty syncobj and its handle. */
    @Acquires("tableLock")
    @Releases("tableLock")
    @NoSleep
    public int create() {
        ARef<SyncObj> s = SyncObj.create();
        try (SpinLockGuard<Handles> g = tableLock.lock()) {
            int h = g.get().next++;
            g.get().map.put(h, s);
            return h;
        }
    }

    /** drm_syncobj_find(): a new reference, or ENOENT. */
    @Acquires("tableLock")
    @Releases("tableLock")
    @NoSleep
    public ARef<SyncObj> lookup(int handle) {
        try (SpinLockGuard<Handles> g = tableLock.lock()) {
            ARef<SyncObj> s = g.get().map.get(handle);
            if (s == null) {
                throw new KernelException(Errno.ENOENT, "no syncobj " + handle);
            }
            return s.clone();
        }
    }

    /** DRM_IOCTL_SYNCOBJ_DESTROY: removes the handle; its reference is put after the unlock. */
    @Acquires("tableLock")
    @Releases("tableLock")
    @NoSleep
    public void destroy(int handle) {
        ARef<SyncObj> s;
        try (SpinLockGuard<Handles> g = tableLock.lock()) {
            s = g.get().map.remove(handle);
        }
        if (s == null) {
            throw new KernelException(Errno.ENOENT, "no syncobj " + handle);
        }
        s.close();
    }

    /** DRM_IOCTL_SYNCOBJ_WAIT on one handle: see {@link SyncObj#waitSignalled}. */
    @MightSleep
    public int waitSignalled(int handle, long timeoutMs) {
        try (ARef<SyncObj> s = lookup(handle)) {
            return s.get().waitSignalled(timeoutMs);
        }
    }

    /** drm_syncobj_release() at file close: every handle is dropped. */
    @Acquires("tableLock")
    @Releases("tableLock")
    @NoSleep
    public void releaseAll() {
        List<ARef<SyncObj>> all;
        try (SpinLockGuard<Handles> g = tableLock.lock()) {
            all = new ArrayList<>(g.get().map.values());
            g.get().map.clear();
        }
        for (ARef<SyncObj> s : all) {
            s.close();
        }
    }
}
