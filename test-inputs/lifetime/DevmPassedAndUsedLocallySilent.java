// Negative (DevmEscape): probe uses its devm mapping only for the duration of the call: held in locals,
// passed to a reset helper and to an unscoped clock object that does not keep it, and captured by a
// readl_poll_timeout-style lambda that runs in place (@CalledInPlace), not later.
package inputs.lifetime.devmpassedandusedlocallysilent;

import dev.drivercheck.annotations.*;
import java.util.function.BooleanSupplier;

final class Poll {
    private Poll() {}

    /** readx_poll_timeout(): evaluates the condition during the call. */
    static boolean until(@CalledInPlace BooleanSupplier cond, int tries) {
        for (int i = 0; i < tries; i++) {
            if (cond.getAsBoolean()) {
                return true;
            }
        }
        return false;
    }
}

final class Clocks {
    private int enabled;

    void enable(IoMem regs) {
        regs.write32(0x100, 1);
        enabled++;
    }
}

final class GpuDriver {
    static final int CTRL = 0x0;
    static final int STATUS = 0x4;

    private final Clocks clocks = new Clocks();

    @BoundContext
    boolean probe(PlatformDevice pdev) {
        IoMem regs = pdev.ioremap(0);
        resetGpu(regs);
        clocks.enable(regs);
        boolean up = Poll.until(() -> regs.read32(STATUS) != 0, 100);
        IoMem alias = regs;
        if (!up) {
            alias.write32(CTRL, 0);
        }
        return up;
    }

    private static void resetGpu(IoMem regs) {
        regs.write32(CTRL, 1);
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
