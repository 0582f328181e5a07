package asahi.mmu;

import dev.drivercheck.annotations.MightSleep;

/** The firmware-control request the MMU needs: flush a range out of the firmware's caches. */
public interface FwCtl {
    @MightSleep
    void fwctlFlush(long addr, long size);
}
