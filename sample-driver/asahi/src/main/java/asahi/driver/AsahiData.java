package asahi.driver;

import dev.drivercheck.annotations.Owned;
import asahi.fw.FirmwareSim;
import asahi.gpu.GpuManager;
import dev.drivercheck.annotations.AfterUnbind;
import dev.drivercheck.annotations.Destructor;
import dev.drivercheck.annotations.MightSleep;
import kernel.device.PlatformDevice;
import kernel.types.Arc;
import kernel.types.Drop;

/**
 * The DRM device's driver data (driver.rs AsahiData): the GPU manager, the platform device and the
 * MMIO resources. Dropped with the last DRM device reference. (The GPU manager itself is kept alive
 * by the RTKit and event-channel cycles, as in the real driver: firmware state is never torn down.)
 */
public final class AsahiData implements Drop {
    private final Arc<GpuManager> gpu;
    private final PlatformDevice pdev;
    private final Resources resources;
    private final FirmwareSim firmware;

    AsahiData(@Owned Arc<GpuManager> gpu, PlatformDevice pdev, Resources resources, FirmwareSim firmware) {
        this.gpu = gpu;
        this.pdev = pdev;
        this.resources = resources;
        this.firmware = firmware;
    }

    public GpuManager gpu() {
        return gpu.get();
    }

    public Resources resources() {
        return resources;
    }

    public FirmwareSim firmware() {
        return firmware;
    }

    public PlatformDevice pdev() {
        return pdev;
    }

    @AfterUnbind
    @Destructor
    @MightSleep
    @Override
    public void drop() {
        gpu.close();
    }
}
