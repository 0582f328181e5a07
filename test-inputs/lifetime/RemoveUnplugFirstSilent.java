// Negative (UnplugNotFirst): the asahi/tyr remove(): drm_dev_unplug() is the very first call, so no new
// ioctl can enter; only then are the IRQ freed, the firmware stopped, the MMIO unmapped and the
// teardown logged and recorded.
package inputs.lifetime.removeunplugfirstsilent;

import dev.drivercheck.annotations.*;

final class GpuDriver {
    private final DrmDevice drm;
    private final Irq irq;
    private final Mmio regs;
    private final Firmware fw;
    private boolean removed;

    GpuDriver(DrmDevice drm, Irq irq, Mmio regs, Firmware fw) {
        this.drm = drm;
        this.irq = irq;
        this.regs = regs;
        this.fw = fw;
    }

    @RemoveCallback @BoundContext void remove(PlatformDevice pdev) {
        drm.unplug();
        irq.free();
        fw.shutdown();
        regs.unmap();
        removed = true;
        DevLog.info("gpu: removed");
    }
}

final class PlatformDevice {}

final class DrmDevice {
    /** drm_dev_unplug(): no new drm_dev_enter() section after this; waits for the running ones. */
    @Unplug
    @MightSleep
    void unplug() {}
}

final class Irq {
    void free() {}
}

final class Mmio {
    void unmap() {}
}

final class Firmware {
    void shutdown() {}
}

final class DevLog {
    private DevLog() {}

    static void info(String msg) {}
}
