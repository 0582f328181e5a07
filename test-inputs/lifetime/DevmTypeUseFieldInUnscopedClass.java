// Positive (DevmEscape): the unscoped firmware-manager state declares a field of type @DevmScoped Mem
// (a devm MMIO window): a scoped field in a longer-lived class is reported once, at the field; the
// constructor's store into it is not reported again.
package inputs.lifetime.devmtypeusefieldinunscopedclass;

import dev.drivercheck.annotations.*;

/** A mapped physical range; whether it is devm-managed depends on who mapped it. */
final class Mem {
    void write32(int offset, int value) {}
}

final class GpuManager {
    // :: error: [DevmEscape]
    private final @DevmScoped Mem asc;
    private int kicks;

    GpuManager(@DevmScoped Mem asc) {
        this.asc = asc;
    }

    void kick() {
        kicks++;
        asc.write32(0x44, 1);
    }
}
