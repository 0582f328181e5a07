// Positive and negative (SleepInAtomic): the Devres access guard is an RCU read-side section
// (try_access): holding it across msleep() sleeps in atomic context. The fixed shape reads the
// register, drops the guard, and only then waits; busy-waiting with udelay() under it is fine.
package inputs.contextkernel.devresguardheldacrosssleep;

import kernel.delay.Delay;
import kernel.device.Devres;
import kernel.device.IoMem;
import kernel.device.RevocableGuard;

final class PowerControl {
    static final int PWR_STATUS = 0x10;
    static final int PWR_CTRL = 0x14;

    private final Devres<IoMem> regs;

    PowerControl(Devres<IoMem> regs) {
        this.regs = regs;
    }

    int powerUpSleeping() {
        try (RevocableGuard<IoMem> g = regs.tryAccess()) {
            if (g == null) {
                return -19;
            }
            g.get().write32(PWR_CTRL, 1);
            // :: error: [SleepInAtomic]
            Delay.msleep(1);
            return g.get().read32(PWR_STATUS);
        }
    }

    int powerUpFixed() {
        try (RevocableGuard<IoMem> g = regs.tryAccess()) {
            if (g == null) {
                return -19;
            }
            g.get().write32(PWR_CTRL, 1);
            Delay.udelay(5);
        }
        Delay.msleep(1);
        try (RevocableGuard<IoMem> g = regs.tryAccess()) {
            return g == null ? -19 : g.get().read32(PWR_STATUS);
        }
    }
}
