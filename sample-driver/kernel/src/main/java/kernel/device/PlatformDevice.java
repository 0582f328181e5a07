package kernel.device;

import dev.drivercheck.annotations.BoundContext;
import dev.drivercheck.annotations.Context;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.RunsIn;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kernel.debug.AtomicContextTracker;
import kernel.error.Errno;
import kernel.error.KernelException;

/**
 * A platform device (kernel::platform::Device) with its MMIO resources and its devres action list.
 * {@link #bind} runs a driver's probe; {@link #unbind} runs its remove and then the devres actions
 * in reverse order of registration, as devres_release_all does (hot-unplug uses the same path).
 */
public final class PlatformDevice extends Device {
    private final Map<String, Integer> resources = new ConcurrentHashMap<>();
    private final Deque<Runnable> devresActions = new ArrayDeque<>();
    private volatile boolean bound;
    private PlatformDriver driver;
    private AutoCloseable driverData;
    private long dmaMask;

    public PlatformDevice(String name) {
        super(name);
    }

    /** Declares a memory resource of {@code words} 32-bit registers (the device tree "reg" entry). */
    public PlatformDevice withResource(String name, int words) {
        resources.put(name, words);
        return this;
    }

    public boolean isBound() {
        return bound;
    }

    /** driver_probe_device(): binds {@code drv}; on failure the devres actions registered so far run. */
    @MightSleep
    public synchronized void bind(PlatformDriver drv) {
        AtomicContextTracker.mightSleep("driver_probe_device");
        if (bound) {
            throw new KernelException(Errno.EBUSY, name() + " is already bound");
        }
        bound = true;
        BoundDevice proof = new BoundDevice(this);
        try {
            driverData = drv.probe(this, proof);
            driver = drv;
        } catch (RuntimeException e) {
            releaseAll();
            bound = false;
            throw e;
        }
    }

    /** device_release_driver(): remove, then devres actions in reverse order. Sleeps. */
    @MightSleep
    public synchronized void unbind() {
        AtomicContextTracker.mightSleep("device_release_driver");
        if (!bound) {
            return;
        }
        try {
            driver.remove(this, driverData);
            releaseAll();
        } finally {
            bound = false;
            AutoCloseable data = driverData;
            driverData = null;
            driver = null;
            if (data != null) {
                try {
                    data.close();
                } catch (Exception e) {
                    err("dropping driver data: " + e);
                }
            }
        }
    }

    private void releaseAll() {
        Runnable a;
        while ((a = devresActions.pollLast()) != null) {
            a.run();
        }
    }

    /** devm_add_action(): {@code action} runs at unbind, in process context. */
    @NoSleep
    public synchronized void devmAddAction(@RunsIn(Context.PROCESS) Runnable action) {
        if (!bound) {
            throw new KernelException(Errno.ENODEV, "devm action on an unbound device " + name());
        }
        devresActions.addLast(action);
    }

    /** dma_set_mask_and_coherent(). */
    @BoundContext
    public void dmaSetMask(long mask) {
        dmaMask = mask;
    }

    public long dmaMask() {
        return dmaMask;
    }

    /**
     * platform_get_resource_byname + devm_ioremap: maps the named resource, devres-managed (revoked
     * at unbind).
     */
    @BoundContext
    @MightSleep
    public Devres<IoMem> iomapByName(BoundDevice bound, String name) {
        bound.check();
        Integer words = resources.get(name);
        if (words == null) {
            throw new KernelException(Errno.ENODEV, "no resource '" + name + "' on " + this.name());
        }
        return Devres.create(this, new IoMem(name, words));
    }
}
