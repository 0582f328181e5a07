// Positive (UnplugNotFirst): remove() frees the job-completion IRQ first and unplugs after: a job
// submitted by an ioctl in between never completes. Reported at the free_irq call.
package inputs.lifetime.removefreesirqbeforeunplug;

import dev.drivercheck.annotations.*;

final class GpuDriver {
    private final DrmDevice drm = new DrmDevice();
    private final Mmio regs = new Mmio();
    private final Irq jobIrq = new Irq();

    @RemoveCallback @BoundContext void remove(PlatformDevice pdev) {
        // :: error: [UnplugNotFirst]
        jobIrq.free();
        drm.unplug();
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
