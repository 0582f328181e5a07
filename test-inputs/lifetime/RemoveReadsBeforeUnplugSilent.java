// Negative (UnplugNotFirst): remove() first casts its drvdata and copies fields and an array slot into
// locals (platform_get_drvdata, reading state): reads and local assignments are no effects, so the
// drm_dev_unplug() that follows is still the first effect.
package inputs.lifetime.removereadsbeforeunplugsilent;

import dev.drivercheck.annotations.*;

final class GpuDriver {
    final DrmDevice drm = new DrmDevice();
    final Mmio[] banks = new Mmio[2];
    final Firmware fw = new Firmware();
    boolean running;
    int queued;

    @RemoveCallback @BoundContext void remove(PlatformDevice pdev, Object drvdata) {
        GpuDriver gpu = (GpuDriver) drvdata;
        DrmDevice dev = gpu.drm;
        boolean wasRunning = gpu.running;
        int pending = gpu.queued;
        Mmio first = gpu.banks[0];
        dev.unplug();
        if (wasRunning) {
            gpu.fw.shutdown();
        }
        if (pending > 0) {
            DevLog.info("gpu: dropping queued jobs");
        }
        first.unmap();
    }
}

final class PlatformDevice {}

final class DrmDevice {
    /** drm_dev_unplug(). */
    @Unplug
    @MightSleep
    void unplug() {}
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
