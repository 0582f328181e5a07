package kernel.device;

import dev.drivercheck.annotations.BoundContext;
import dev.drivercheck.annotations.MightSleep;

/** A platform driver (kernel::platform::Driver): probe binds, remove unbinds. */
public interface PlatformDriver {
    /** Called with the device bound; the result is the driver's private data for this device. */
    @BoundContext
    @MightSleep
    AutoCloseable probe(PlatformDevice pdev, BoundDevice bound);

    /**
     * Called at unbind, before the devres actions run; the default does nothing (drivers that
     * register their DRM device through devres need no remove). A driver that overrides it marks
     * its remove {@code @RemoveCallback}: its first effect must then be the DRM device's unplug.
     */
    @BoundContext
    @MightSleep
    default void remove(PlatformDevice pdev, AutoCloseable data) {}
}
