// Negative (DevmEscape): probe collects its devm bank mappings in a local list and a local array,
// programs them and drops both when it returns: the collection belongs to the call, not to a
// longer-lived object, so nothing outlives the binding.
package inputs.lifetime.devmlocalcollectionsilent;

import dev.drivercheck.annotations.*;
import java.util.ArrayList;
import java.util.List;

final class GpuDriver {
    @BoundContext
    void probe(PlatformDevice pdev) {
        List<IoMem> banks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            banks.add(pdev.ioremap(i));
        }
        IoMem[] pair = new IoMem[2];
        pair[0] = banks.get(0);
        pair[1] = banks.get(1);
        for (IoMem b : banks) {
            b.write32(0, 1);
        }
        pair[0].write32(4, pair[1].read32(4));
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
