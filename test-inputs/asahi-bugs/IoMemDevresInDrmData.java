// Negative (DevmEscape, UnboundAccess): the clean shape of regs.rs Resources: the DRM driver data keeps
// the Devres<IoMem> wrapper (revoked at unbind) and reads the registers through try_access, an RCU
// section that yields nothing once the device is gone. Silent.
package inputs.asahibugs.iomemdevresindrmdata;

import kernel.device.BoundDevice;
import kernel.device.Devres;
import kernel.device.IoMem;
import kernel.device.PlatformDevice;
import kernel.device.RevocableGuard;

final class AsahiData {
    Devres<IoMem> sgx;

    int gpuId() {
        try (RevocableGuard<IoMem> g = sgx.tryAccess()) {
            return g == null ? 0 : g.get().read32(0);
        }
    }
}

final class Probe {
    AsahiData probe(PlatformDevice pdev, BoundDevice bound) {
        AsahiData data = new AsahiData();
        data.sgx = pdev.iomapByName(bound, "sgx");
        return data;
    }
}
