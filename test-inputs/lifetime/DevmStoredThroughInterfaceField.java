// Positive (DevmEscape): the driver data declares its register window as the unscoped Mmio interface,
// but bind() stores a devm IoMem into it: the field's type hides the lifetime, the stored value's
// static type does not. Reported at the assignment.
package inputs.lifetime.devmstoredthroughinterfacefield;

import dev.drivercheck.annotations.*;

interface Mmio {
    int read32(int offset);
}

/** An MMIO mapping made with devm_ioremap: unmapped when the device unbinds. */
@DevmScoped
final class IoMem implements Mmio {
    @Override
    public int read32(int offset) {
        return 0;
    }
}

final class PlatformDevice {
    /** devm_platform_ioremap_resource(). */
    IoMem ioremap(int index) {
        return new IoMem();
    }
}

final class GpuData {
    private Mmio regs;

    @BoundContext
    void bind(PlatformDevice pdev) {
        // :: error: [DevmEscape]
        this.regs = pdev.ioremap(0);
    }

    int version() {
        return regs.read32(0);
    }
}
