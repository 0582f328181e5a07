// Positive (UnplugNotFirst): remove() unplugs only when the DRM device got registered; on the other
// path it returns without unplugging (and without any other effect). Reported at the method.
package inputs.lifetime.removeunplugonlywhenregistered;

import dev.drivercheck.annotations.*;

final class GpuDriver {
    private final DrmDevice drm = new DrmDevice();
    private boolean registered;

    // :: error: [UnplugNotFirst]
    @RemoveCallback @BoundContext void remove(PlatformDevice pdev) {
        if (registered) {
            drm.unplug();
        }
    }
}

final class PlatformDevice {}

final class DrmDevice {
    /** drm_dev_unplug(): no new drm_dev_enter() section after this; waits for the running ones. */
    @Unplug
    @MightSleep
    void unplug() {}

    /** drm_dev_unregister(): removes the device nodes, but ioctls already inside keep running. */
    void unregister() {}
}

final class Irq {
    void free() {}
}

final class Mmio {
    void unmap() {}
}

final class Firmware {
    void shutdown() {}

    void abortBoot() {}
}

final class DevLog {
    private DevLog() {}

    static void info(String msg) {}
}
