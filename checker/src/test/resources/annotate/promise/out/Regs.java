package drv;

import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import java.util.List;

/** MMIO helpers: the reads are atomic-safe, the reset waits. */
public final class Regs {
    private final int[] mmio = new int[16];

    @NoSleep
    public int read(int reg) {
        return mmio[reg];
    }

    @NoSleep
    public void write(int reg, int value) {
        mmio[reg] = value;
    }

    @MightSleep
    public void reset() {
        write(0, 1);
        Sleeper.msleep(10);
    }

    @NoSleep
    int sum(List<Integer> regs) {
        int s = 0;
        for (int r : regs) {
            s += read(r);
        }
        return s;
    }
}

final class Sleeper {
    @dev.drivercheck.annotations.MightSleep
    static void msleep(int ms) {}
}
