// Positive (UnplugNotFirst): remove() stops the firmware (or aborts its boot) before unplugging; each
// branch has its own first effect before the unplug. One report per method, at the earliest of them in
// source order (the shutdown); the abortBoot on the other branch is not reported.
package inputs.lifetime.removeteardownoneitherbranchbeforeunplug;

import dev.drivercheck.annotations.*;

final class GpuDriver {
    private final DrmDevice drm = new DrmDevice();
    private final Firmware fw = new Firmware();
    private boolean fwBooted;

    @RemoveCallback @BoundContext void remove(PlatformDevice pdev) {
        if (fwBooted) {
            // :: error: [UnplugNotFirst]
            fw.shutdown();
        } else {
            fw.abortBoot();
        }
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
