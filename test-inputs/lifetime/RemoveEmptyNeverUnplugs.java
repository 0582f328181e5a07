// Positive (UnplugNotFirst): an empty remove() that leaves everything to devres never unplugs, so
// ioctls keep entering while devres unmaps the hardware. No effect at all: reported at the method.
package inputs.lifetime.removeemptyneverunplugs;

import dev.drivercheck.annotations.*;

final class GpuDriver {
    private final DrmDevice drm = new DrmDevice();

    // :: error: [UnplugNotFirst]
    @RemoveCallback @BoundContext void remove(PlatformDevice pdev) {
        // everything is devm-managed
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
