// Positive (UnplugNotFirst): remove() unmaps the GPU registers and frees the IRQ before
// drm_dev_unplug(): an ioctl still inside the driver touches unmapped MMIO. Reported once, at the
// first effect (the unmap); the IRQ free after it is not reported again.
package inputs.lifetime.removeunmapsbeforeunplug;

import dev.drivercheck.annotations.*;

final class GpuDriver {
    private final DrmDevice drm = new DrmDevice();
    private final Mmio regs = new Mmio();
    private final Irq irq = new Irq();

    @RemoveCallback @BoundContext void remove(PlatformDevice pdev) {
        // :: error: [UnplugNotFirst]
        regs.unmap();
        irq.free();
        drm.unplug();
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
