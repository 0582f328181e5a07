package kernel.device;

import dev.drivercheck.annotations.BoundContext;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.RemoveCallback;

/** A platform driver (kernel::platform::Driver): probe binds, remove unbinds. */
public interface PlatformDriver {
    /** Called with the device bound; the result is the driver's private data for this device. */
    @BoundContext
    @MightSleep
    AutoCloseable probe(PlatformDevice pdev, BoundDevice bound);

    /**
     * Called at unbind, before the devres actions run; the default does nothing (drivers that
     * register their DRM device through devres need no remove). An override's first effect must
     * be the DRM device's unplug.
     */
    @BoundContext
    @RemoveCallback
    @MightSleep
    default void remove(PlatformDevice pdev, AutoCloseable data) {}
}
