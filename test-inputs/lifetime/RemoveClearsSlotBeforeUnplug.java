// Positive (UnplugNotFirst): remove() clears the device's slot in the driver's static minor table
// before drm_dev_unplug(): an array-element store is an effect. Reported at the store.
package inputs.lifetime.removeclearsslotbeforeunplug;

import dev.drivercheck.annotations.*;

final class GpuDriver {
    static final GpuDriver[] INSTANCES = new GpuDriver[4];

    private final DrmDevice drm = new DrmDevice();
    private final Mmio regs = new Mmio();
    private int index;

    @RemoveCallback @BoundContext void remove(PlatformDevice pdev) {
        int slot = index;
        // :: error: [UnplugNotFirst]
        INSTANCES[slot] = null;
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
