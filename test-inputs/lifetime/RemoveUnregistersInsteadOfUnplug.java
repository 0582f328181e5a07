// Positive (UnplugNotFirst): remove() calls drm_dev_unregister() instead of drm_dev_unplug() and then
// tears the hardware down: it never unplugs, and its first effect is the unregister call (ioctls that
// already entered keep running against freed hardware). Reported at that first effect.
package inputs.lifetime.removeunregistersinsteadofunplug;

import dev.drivercheck.annotations.*;

final class GpuDriver {
    private final DrmDevice drm = new DrmDevice();
    private final Firmware fw = new Firmware();
    private final Irq irq = new Irq();
    private final Mmio regs = new Mmio();

    @RemoveCallback @BoundContext void remove(PlatformDevice pdev) {
        // :: error: [UnplugNotFirst]
        drm.unregister();
        fw.shutdown();
        irq.free();
        regs.unmap();
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
