// Positive (UnplugNotFirst): remove() sets the driver's own "removing" flag before drm_dev_unplug()
// (a home-made substitute for drm_dev_enter): a field store is an effect. Reported at the assignment.
package inputs.lifetime.removesetsflagbeforeunplug;

import dev.drivercheck.annotations.*;

final class GpuDriver {
    private final DrmDevice drm = new DrmDevice();
    private final Firmware fw = new Firmware();
    private volatile boolean removing;

    @RemoveCallback @BoundContext void remove(PlatformDevice pdev) {
        // :: error: [UnplugNotFirst]
        this.removing = true;
        drm.unplug();
        fw.shutdown();
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
