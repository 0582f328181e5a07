// Negative (UnplugNotFirst): the platform ->shutdown() hook (reboot/kexec) quiesces the GPU without
// unplugging: it is no @RemoveCallback, so the rule does not apply to it; remove() unplugs first and
// then reuses the same quiesce helper.
package inputs.lifetime.shutdownisnoremovecallbacksilent;

import dev.drivercheck.annotations.*;

final class GpuDriver {
    private final DrmDevice drm = new DrmDevice();
    private final Firmware fw = new Firmware();
    private final Irq irq = new Irq();

    @BoundContext
    void shutdown(PlatformDevice pdev) {
        quiesce();
    }

    @RemoveCallback @BoundContext void remove(PlatformDevice pdev) {
        drm.unplug();
        quiesce();
    }

    private void quiesce() {
        fw.shutdown();
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
