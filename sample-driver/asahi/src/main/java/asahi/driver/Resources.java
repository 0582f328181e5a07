package asahi.driver;

import dev.drivercheck.annotations.BoundContext;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import kernel.device.BoundDevice;
import kernel.device.Devres;
import kernel.device.IoMem;
import kernel.device.PlatformDevice;
import kernel.device.RevocableGuard;

/**
 * The GPU's MMIO (regs.rs Resources): the SGX registers in a Devres, read through try_access (an
 * RCU section; 0 once the device is unbound).
 */
public final class Resources {
    public static final int SGX_WORDS = 64;
    static final int ID_VERSION = 0x0;
    static final int FAULT_INFO = 0x10;

    private final Devres<IoMem> sgx;

    @MightSleep
    public Resources(PlatformDevice pdev, BoundDevice bound) {
        sgx = pdev.iomapByName(bound, "sgx");
        sgx.access(bound).write32(ID_VERSION, 0x8103);
    }

    /** start_cpu: maps "asc" through a temporary Devres and starts the coprocessor (needs bound). */
    @BoundContext
    @MightSleep
    public void startCpu(PlatformDevice pdev, BoundDevice bound) {
        try (Devres<IoMem> asc = pdev.iomapByName(bound, "asc")) {
            asc.access(bound).write32(0, 1);
        }
    }

    @NoSleep
    public int gpuId() {
        try (RevocableGuard<IoMem> g = sgx.tryAccess()) {
            return g == null ? 0 : g.get().read32(ID_VERSION);
        }
    }

    @NoSleep
    public long faultInfo() {
        try (RevocableGuard<IoMem> g = sgx.tryAccess()) {
            return g == null ? 0 : g.get().read64(FAULT_INFO);
        }
    }

    @NoSleep
    public void clearFault() {
        try (RevocableGuard<IoMem> g = sgx.tryAccess()) {
            if (g != null) {
                g.get().write32(FAULT_INFO, 0);
            }
        }
    }

    public boolean revoked() {
        return sgx.isRevoked();
    }
}
