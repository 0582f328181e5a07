package kernel.drm;

import dev.drivercheck.annotations.AfterUnbind;
import dev.drivercheck.annotations.EntersBound;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Unplug;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import kernel.debug.AtomicContextTracker;
import kernel.delay.Delay;
import kernel.device.PlatformDevice;
import kernel.types.ARef;
import kernel.types.AlwaysRefCounted;
import kernel.types.Drop;
import kernel.types.Kref;

/**
 * A DRM device (kernel::drm::Device): refcounted in the object (drm_dev_get/put), so it outlives
 * the platform binding for as long as files and driver objects hold references. Its driver data
 * is set once by {@link #initData} (the destructor owns it only after that) and dropped on the
 * last put. {@link #unplug()} (drm_dev_unplug) marks the device gone and waits for the
 * {@link #enter()} sections (SRCU) in progress.
 */
public final class DrmDevice<T> implements AlwaysRefCounted {
    private final String name;
    private final PlatformDevice parent;
    private final Kref kref;
    private volatile T data;
    private final AtomicBoolean dataInitialized = new AtomicBoolean();
    private final AtomicInteger readers = new AtomicInteger();
    private volatile boolean unplugged;

    private DrmDevice(PlatformDevice parent, String name) {
        this.parent = parent;
        this.name = name;
        this.kref = new Kref("drm_device " + name);
    }

    /** drm::Device::new_uninit: the caller owns the first reference. */
    @MightSleep
    public static <T> ARef<DrmDevice<T>> newUninit(PlatformDevice parent, String name) {
        AtomicContextTracker.mightSleep("drm_dev_alloc");
        return ARef.fromRaw(new DrmDevice<>(parent, name));
    }

    /** Publishes the driver data; from now on the final put drops it. */
    public void initData(T value) {
        if (!dataInitialized.compareAndSet(false, true)) {
            throw new IllegalStateException("drm device data initialized twice");
        }
        data = value;
    }

    /** The driver data (AsahiData): valid while a reference to the device is held. */
    public T data() {
        if (!dataInitialized.get()) {
            throw new IllegalStateException("drm device data used before init_data");
        }
        return data;
    }

    public String name() {
        return name;
    }

    public PlatformDevice parent() {
        return parent;
    }

    /** drm_dev_is_unplugged(). */
    @NoSleep
    public boolean isUnplugged() {
        return unplugged;
    }

    /** drm_dev_enter(): a guard under which the device stays registered, or null when unplugged. */
    @EntersBound
    @NoSleep
    public DrmDevEnter enter() {
        readers.incrementAndGet();
        if (unplugged) {
            readers.decrementAndGet();
            return null;
        }
        return new DrmDevEnter(readers);
    }

    /** drm_dev_unplug(): no new enter() sections; waits for the current ones (synchronize_srcu). */
    @Unplug
    @MightSleep
    public void unplug() {
        AtomicContextTracker.mightSleep("drm_dev_unplug (synchronize_srcu)");
        unplugged = true;
        while (readers.get() > 0) {
            Delay.msleep(1);
        }
    }

    @NoSleep
    @Override
    public void incRef() {
        kref.get();
    }

    /** drm_dev_put(): the last put releases the device and drops the driver data. */
    @Override
    public void decRef() {
        if (kref.put()) {
            release();
        }
    }

    @AfterUnbind
    private void release() {
        if (dataInitialized.get() && data instanceof Drop) {
            ((Drop) data).drop();
        }
    }

    public int refCount() {
        return kref.read();
    }

    @Override
    public String toString() {
        return "drm device " + name;
    }
}
