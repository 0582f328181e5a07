package asahi.driver;

import asahi.file.File;
import asahi.fw.FirmwareSim;
import asahi.gpu.GpuManager;
import dev.drivercheck.annotations.BoundContext;
import dev.drivercheck.annotations.MightSleep;
import kernel.device.BoundDevice;
import kernel.device.PlatformDevice;
import kernel.device.PlatformDriver;
import kernel.drm.DrmDevice;
import kernel.drm.DrmDriver;
import kernel.drm.DrmFile;
import kernel.drm.IoctlTable;
import kernel.drm.syncobj.SyncObjTable;
import kernel.drm.Registration;
import kernel.types.ARef;
import kernel.types.Arc;

/**
 * The platform driver (driver.rs AsahiDriver). Probe: DMA mask, MMIO resources, start the ASC,
 * allocate the DRM device, build the GPU manager (and its RTKit), publish the driver data, boot the
 * firmware, register the DRM device through devres. Unbind: the devres actions unplug the DRM
 * device and revoke the MMIO; the firmware state stays alive.
 */
public final class AsahiDriver implements PlatformDriver, DrmDriver<AsahiData, File> {
    private final int mboxIrq;
    private final IoctlTable<AsahiData, File> ioctls = Ioctls.table();
    private volatile ARef<DrmDevice<AsahiData>> drm;

    public AsahiDriver(int mboxIrq) {
        this.mboxIrq = mboxIrq;
    }

    @BoundContext
    @MightSleep
    @Override
    public AutoCloseable probe(PlatformDevice pdev, BoundDevice bound) {
        pdev.dmaSetMask((1L << 42) - 1);
        Resources res = new Resources(pdev, bound);
        res.startCpu(pdev, bound);
        ARef<DrmDevice<AsahiData>> dev = DrmDevice.newUninit(pdev, "asahi");
        Arc<GpuManager> gpu = GpuManager.create(res, mboxIrq);
        FirmwareSim fw = new FirmwareSim(gpu.get().fwRings(), gpu.get().mailbox());
        dev.get().initData(new AsahiData(gpu, pdev, res, fw));
        gpu.get().init();
        Registration.newForeignOwned(dev, pdev);
        drm = dev.clone();
        pdev.info("AGX GPU " + Integer.toHexString(res.gpuId()) + " initialized");
        return dev::close;
    }

    /** The DRM device (a new reference), for opening files. */
    public ARef<DrmDevice<AsahiData>> drm() {
        return drm.clone();
    }

    /** open("/dev/dri/renderD128"). */
    @MightSleep
    public DrmFile<AsahiData, File> openFile() {
        try (ARef<DrmDevice<AsahiData>> d = drm()) {
            return DrmFile.open(d, this, ioctls);
        }
    }

    @MightSleep
    @Override
    public File open(DrmDevice<AsahiData> dev, SyncObjTable syncobjs) {
        return File.open(dev, syncobjs);
    }

    @MightSleep
    @Override
    public void postclose(DrmDevice<AsahiData> dev, File file) {
        file.close();
    }

    /** Final teardown for tests and the demo: drop our device reference, stop the simulated GPU. */
    @MightSleep
    public void release() {
        ARef<DrmDevice<AsahiData>> d = drm;
        FirmwareSim fw = d.get().data().firmware();
        d.close();
        fw.close();
    }
}
