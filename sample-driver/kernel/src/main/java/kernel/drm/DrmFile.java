package kernel.drm;

import dev.drivercheck.annotations.Owned;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.PinInit;
import dev.drivercheck.annotations.Pinned;
import java.util.HashMap;
import java.util.Map;
import kernel.drm.gem.GemObject;
import kernel.drm.syncobj.SyncObjTable;
import kernel.error.Errno;
import kernel.error.KernelException;
import kernel.sync.SpinLock;
import kernel.sync.SpinLockGuard;
import kernel.types.ARef;

/**
 * An open DRM file (struct drm_file): the driver's per-client state, and the GEM handle table
 * protected by the table_lock spinlock. A handle holds a GEM reference; deleting the handle calls
 * the object's close callback after the spinlock is released (the driver's close may sleep).
 */
@Pinned
public final class DrmFile<T, F> {
    private final ARef<DrmDevice<T>> dev;
    private final DrmDriver<T, F> driver;
    private final IoctlTable<T, F> ioctls;
    private final F file;
    @Pin private final SpinLock<Map<Integer, ARef<GemObject>>> tableLock;
    private final SyncObjTable syncobjs;
    private int nextHandle = 1;
    private volatile boolean closed;

    private DrmFile(@Owned ARef<DrmDevice<T>> dev, DrmDriver<T, F> driver, IoctlTable<T, F> ioctls,
            SyncObjTable syncobjs, F file) {
        this.syncobjs = syncobjs;
        this.dev = dev;
        this.driver = driver;
        this.ioctls = ioctls;
        this.file = file;
        this.tableLock = new SpinLock<>(new HashMap<>(), "drm_file_table_lock");
    }

    /** open("/dev/dri/renderD128"): ENODEV once the device is unplugged. */
    @MightSleep
    @PinInit
    public static <T, F> DrmFile<T, F> open(ARef<DrmDevice<T>> dev, DrmDriver<T, F> driver, IoctlTable<T, F> ioctls) {
        if (dev.get().isUnplugged()) {
            throw new KernelException(Errno.ENODEV, "device unplugged");
        }
        ARef<DrmDevice<T>> ref = dev.clone();
        SyncObjTable syncobjs = new SyncObjTable();
        return new DrmFile<>(ref, driver, ioctls, syncobjs, driver.open(ref.get(), syncobjs));
    }

    /** The file's syncobj handles (the core SYNCOBJ_CREATE/DESTROY/WAIT ioctls). */
    public SyncObjTable syncobjs() {
        return syncobjs;
    }

    public F driverFile() {
        return file;
    }

    public DrmDevice<T> device() {
        return dev.get();
    }

    /** drm_ioctl(): -ENODEV once unplugged, EINVAL for an unknown number; else the handler's result. */
    @MightSleep
    public long ioctl(int nr, Object arg) {
        if (closed) {
            throw new KernelException(Errno.EINVAL, "ioctl on a closed file");
        }
        if (dev.get().isUnplugged()) {
            throw new KernelException(Errno.ENODEV, "device unplugged");
        }
        IoctlTable.Entry<T, F> e = ioctls.get(nr);
        if (e == null) {
            throw new KernelException(Errno.EINVAL, "unknown ioctl " + nr);
        }
        return e.handler().call(dev.get(), file, arg);
    }

    /** drm_gem_handle_create: the table takes its own reference. */
    @NoSleep
    public int createHandle(GemObject obj) {
        ARef<GemObject> ref = ARef.from(obj);
        try (SpinLockGuard<Map<Integer, ARef<GemObject>>> g = tableLock.lock()) {
            int h = nextHandle++;
            g.get().put(h, ref);
            return h;
        }
    }

    /** drm_gem_object_lookup: a new reference, or ENOENT. */
    @NoSleep
    public ARef<GemObject> lookup(int handle) {
        try (SpinLockGuard<Map<Integer, ARef<GemObject>>> g = tableLock.lock()) {
            ARef<GemObject> r = g.get().get(handle);
            if (r == null) {
                throw new KernelException(Errno.ENOENT, "no GEM handle " + handle);
            }
            return r.clone();
        }
    }

    /** drm_gem_handle_delete: remove under the spinlock; close callback and put after it. */
    @MightSleep
    public void deleteHandle(int handle) {
        ARef<GemObject> r;
        try (SpinLockGuard<Map<Integer, ARef<GemObject>>> g = tableLock.lock()) {
            r = g.get().remove(handle);
        }
        if (r == null) {
            throw new KernelException(Errno.ENOENT, "no GEM handle " + handle);
        }
        r.get().closeCallback(file);
        r.close();
    }

    /** The last close: release all handles, then postclose drops the driver's file state. */
    @MightSleep
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Map<Integer, ARef<GemObject>> all;
        try (SpinLockGuard<Map<Integer, ARef<GemObject>>> g = tableLock.lock()) {
            all = new HashMap<>(g.get());
            g.get().clear();
        }
        for (ARef<GemObject> r : all.values()) {
            r.get().closeCallback(file);
            r.close();
        }
        driver.postclose(dev.get(), file);
        syncobjs.releaseAll();
        dev.close();
    }
}
