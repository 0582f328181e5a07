// Positive (DevmEscape): asahi model, regs.rs Resources and section 6 item 18 (the hardware binding
// lifetime is probe -> remove, shorter than the DRM device's): probe maps the SGX registers and
// stores the bare IoMem (devm-scoped, unmapped at unbind) in the DRM device's driver data, which
// lives until the last DRM reference is gone; an ioctl after unbind would touch unmapped MMIO.
package inputs.asahibugs.iomemstoredindrmdata;

import dev.drivercheck.annotations.BoundContext;
import kernel.device.BoundDevice;
import kernel.device.Devres;
import kernel.device.IoMem;
import kernel.device.PlatformDevice;

/** driver.rs AsahiData, seeded: the registers themselves instead of their Devres. */
final class AsahiData {
    // :: error: [DevmEscape]
    IoMem sgx;

    int gpuId() {
        return sgx.read32(0);
    }
}

final class Probe {
    @BoundContext
    AsahiData probe(PlatformDevice pdev, BoundDevice bound) {
        Devres<IoMem> res = pdev.iomapByName(bound, "sgx");
        AsahiData data = new AsahiData();
        data.sgx = res.access(bound);
        return data;
    }
}
