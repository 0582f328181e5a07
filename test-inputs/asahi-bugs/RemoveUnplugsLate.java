// Positive (UnplugNotFirst): asahi model, section 4.3 and the drm_dev_unplug contract (section 3.4,
// rust/kernel/drm/driver.rs Registration::drop): a remove() that first stops the GPU's firmware
// state (a sleeping device-control round trip, while ioctls can still enter the device) and only
// then unplugs the DRM device. drm_dev_unplug must be the first thing remove() does.
package inputs.asahibugs.removeunplugslate;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.device.BoundDevice;
import kernel.device.PlatformDevice;
import kernel.device.PlatformDriver;
import kernel.drm.DrmDevice;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;
import kernel.types.ARef;

final class FwState {
    boolean running = true;
}

@Pinned
final class GpuDriver implements PlatformDriver {
    @Pin private final Mutex<FwState> txChannels = new Mutex<>(new FwState(), "tx_channels");
    private ARef<DrmDevice<Object>> drm;

    @Override
    public AutoCloseable probe(PlatformDevice pdev, BoundDevice bound) {
        drm = DrmDevice.newUninit(pdev, "asahi");
        return drm::close;
    }

    @Override
    public void remove(PlatformDevice pdev, AutoCloseable data) {
        // :: error: [UnplugNotFirst]
        try (MutexGuard<FwState> g = txChannels.lock()) {
            g.get().running = false;
        }
        drm.get().unplug();
    }
}
