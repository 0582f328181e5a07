// Positive (DevmEscape): a panic/crash dumper keeps register windows in static storage: a static field
// initialized with an early devm mapping, a static field assigned in probe, and a static array slot.
// All outlive the binding; each is reported at its store (initializer, assignment, array store).
package inputs.lifetime.devmstaticfieldsforpanicdump;

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

    static IoMem earlyIoremap() {
        return new IoMem();
    }
}

final class PanicDump {
    // :: error: [DevmEscape]
    static final Mmio BOOT_REGS = PlatformDevice.earlyIoremap();
    static Mmio gpuRegs;
    static final Mmio[] BANKS = new Mmio[4];

    private PanicDump() {}

    @BoundContext
    static void register(PlatformDevice pdev, int bank) {
        IoMem regs = pdev.ioremap(bank);
        // :: error: [DevmEscape]
        gpuRegs = regs;
        // :: error: [DevmEscape]
        BANKS[bank] = regs;
    }
}
