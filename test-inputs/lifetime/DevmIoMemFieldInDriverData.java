// Positive (DevmEscape): the DRM driver data (unscoped: it lives as long as the last drm_device
// reference, open files included) keeps the raw devm MMIO mapping instead of a Devres. Reported once, at
// the field; the stores in the constructor and in remap() are not reported again.
package inputs.lifetime.devmiomemfieldindriverdata;

import dev.drivercheck.annotations.*;

final class GpuData {
    // :: error: [DevmEscape]
    private IoMem regs;
    private int generation;

    GpuData(IoMem regs) {
        this.regs = regs;
    }

    void remap(PlatformDevice pdev) {
        regs = pdev.ioremap(0);
        generation++;
    }

    int status() {
        return regs.read32(0x10);
    }
}

final class GpuDriver {
    @BoundContext
    GpuData probe(PlatformDevice pdev) {
        IoMem regs = pdev.ioremap(0);
        regs.write32(0, 1);
        return new GpuData(regs);
    }
}

/** An MMIO mapping made with devm_ioremap: unmapped when the device unbinds. */
@DevmScoped
final class IoMem {
    int read32(int offset) {
        return 0;
    }

    void write32(int offset, int value) {}
}

final class PlatformDevice {
    /** devm_platform_ioremap_resource(). */
    IoMem ioremap(int index) {
        return new IoMem();
    }
}
