// Negative (UnplugNotFirst): the clean shape: remove() unplugs the DRM device first (drm_dev_unplug
// waits for the drm_dev_enter sections already running and makes new ones fail), then stops the
// firmware state. Silent.
package inputs.asahibugs.removeunplugsfirst;

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
        drm.get().unplug();
        try (MutexGuard<FwState> g = txChannels.lock()) {
            g.get().running = false;
        }
    }
}
