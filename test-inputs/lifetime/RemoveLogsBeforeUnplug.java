// Positive (UnplugNotFirst): remove() logs "removing" (dev_info) before drm_dev_unplug(): the log call
// is already an effect made while ioctls can still enter. Reported at the log call, once.
package inputs.lifetime.removelogsbeforeunplug;

import dev.drivercheck.annotations.*;

final class GpuDriver {
    private final DrmDevice drm = new DrmDevice();
    private final Irq irq = new Irq();

    @RemoveCallback @BoundContext void remove(PlatformDevice pdev) {
        // :: error: [UnplugNotFirst]
        DevLog.info("gpu: removing");
        drm.unplug();
        irq.free();
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
