// Positive (UnplugNotFirst): remove() unplugs only on one branch and then frees the IRQ and unmaps on
// every path: when the branch is not taken, the IRQ free is an effect before (without) any unplug.
// Reported once, at the IRQ free.
package inputs.lifetime.removeunplugononebranchthenteardown;

import dev.drivercheck.annotations.*;

final class GpuDriver {
    private final DrmDevice drm = new DrmDevice();
    private final Irq irq = new Irq();
    private final Mmio regs = new Mmio();
    private boolean registered;

    @RemoveCallback @BoundContext void remove(PlatformDevice pdev) {
        if (registered) {
            drm.unplug();
        }
        // :: error: [UnplugNotFirst]
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
