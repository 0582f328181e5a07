// Positive (DevmEscape): one Mem class serves both reserved-memory maps (not devres: they live on) and
// a devm register window, marked by the type use @DevmScoped Mem. Keeping the reserved-memory handoff
// map is fine; keeping the devm window in the unscoped UAT state is reported at that assignment.
package inputs.lifetime.devmtypeuseparameterstoredinfield;

import dev.drivercheck.annotations.*;

/** A mapped physical range; whether it is devm-managed depends on who mapped it. */
final class Mem {
    long read64(int offset) {
        return 0;
    }
}

final class Uat {
    private Mem handoff;
    private Mem ctrl;

    void attachHandoff(Mem reservedMap) {
        this.handoff = reservedMap;
    }

    void attachCtrl(@DevmScoped Mem window) {
        // :: error: [DevmEscape]
        this.ctrl = window;
    }

    long ttbr() {
        return handoff.read64(0x8) + ctrl.read64(0x0);
    }
}
