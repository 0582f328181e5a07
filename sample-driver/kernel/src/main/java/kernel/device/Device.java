package kernel.device;

import dev.drivercheck.annotations.NoSleep;
import kernel.types.AlwaysRefCounted;
import kernel.types.Kref;

/**
 * A generic device (struct device): refcounted, only used for naming and printing. The binding to
 * a driver is a separate, shorter lifetime, see {@link PlatformDevice} and {@link BoundDevice}.
 */
public class Device implements AlwaysRefCounted {
    private final String name;
    private final Kref kref;

    public Device(String name) {
        this.name = name;
        this.kref = new Kref("device " + name);
    }

    public String name() {
        return name;
    }

    @NoSleep
    @Override
    public void incRef() {
        kref.get();
    }

    @NoSleep
    @Override
    public void decRef() {
        kref.put();
    }

    /** dev_info(): logging never sleeps in this model (it only appends to a buffer). */
    @NoSleep
    public void info(String msg) {
        DeviceLog.append(name + ": " + msg);
    }

    @NoSleep
    public void err(String msg) {
        DeviceLog.append(name + ": error: " + msg);
    }

    @Override
    public String toString() {
        return name;
    }
}
