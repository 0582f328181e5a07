// Positive (UnplugNotFirst): remove() snapshots the pending jobs into a new list before unplugging:
// the constructor call is an effect even though its result only goes into a local. Reported at the
// line of the new.
package inputs.lifetime.removeallocatesbeforeunplug;

import dev.drivercheck.annotations.*;
import java.util.ArrayList;
import java.util.List;

final class GpuDriver {
    private final DrmDevice drm = new DrmDevice();
    private final List<Job> pending = new ArrayList<>();

    @RemoveCallback @BoundContext void remove(PlatformDevice pdev) {
        // :: error: [UnplugNotFirst]
        List<Job> leftover = new ArrayList<>(pending);
        drm.unplug();
        for (Job j : leftover) {
            j.cancel();
        }
    }
}

final class Job {
    void cancel() {}
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
