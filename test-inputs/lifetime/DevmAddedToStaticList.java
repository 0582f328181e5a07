// Positive (DevmEscape): probe registers its devm MMIO mapping in a global (static) list so a debugfs
// register dump can find it: the list outlives the binding. Reported at the add.
package inputs.lifetime.devmaddedtostaticlist;

import dev.drivercheck.annotations.*;
import java.util.ArrayList;
import java.util.List;

final class RegDump {
    static final List<IoMem> MAPPINGS = new ArrayList<>();

    private RegDump() {}
}

final class GpuDriver {
    @BoundContext
    void probe(PlatformDevice pdev) {
        IoMem regs = pdev.ioremap(0);
        regs.write32(0, 1);
        // :: error: [DevmEscape]
        RegDump.MAPPINGS.add(regs);
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
