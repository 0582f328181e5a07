// Negative (UnplugNotFirst): remove() tears down differently depending on whether the firmware booted,
// but both branches start with drm_dev_unplug(): on every path the unplug is the first effect.
package inputs.lifetime.removeunplugonbothbranchessilent;

import dev.drivercheck.annotations.*;

final class GpuDriver {
    private final DrmDevice drm = new DrmDevice();
    private final Firmware fw = new Firmware();
    private final Irq irq = new Irq();
    private boolean fwBooted;

    @RemoveCallback @BoundContext void remove(PlatformDevice pdev) {
        if (fwBooted) {
            drm.unplug();
            fw.shutdown();
        } else {
            drm.unplug();
        }
        irq.free();
    }
}

final class PlatformDevice {}

final class DrmDevice {
    /** drm_dev_unplug(). */
    @Unplug
    @MightSleep
    void unplug() {}
}

final class Firmware {
    void shutdown() {}
}

final class Irq {
    void free() {}
}
