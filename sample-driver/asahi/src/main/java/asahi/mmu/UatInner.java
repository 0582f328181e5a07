package asahi.mmu;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.PinInit;
import dev.drivercheck.annotations.Pinned;
import java.util.ArrayList;
import java.util.List;
import kernel.sync.Mutex;

/** Shared UAT state (mmu.rs UatInner, pinned): the TTB table and the handoff flush slots. */
@Pinned
public final class UatInner {
    public static final int NUM_FLUSH = 65;

    /** UatShared: the TTB table and handoff region. */
    static final class UatShared {
        final long[] ttbs = new long[Uat.NUM_SLOTS + 1];
        long mapKernelToUser;
    }

    @Pin final Mutex<UatShared> shared;
    /** One flush slot per context slot (+1 for the kernel): one lock class "handoff_flush" for all. */
    final List<Mutex<long[]>> handoffFlush = new ArrayList<>();
    @Pin final Handoff handoff = new Handoff();

    @PinInit
    UatInner() {
        shared = new Mutex<>(new UatShared(), "uat_shared");
        for (int i = 0; i < NUM_FLUSH; i++) {
            handoffFlush.add(new Mutex<>(new long[2], "handoff_flush"));
        }
    }

    public Handoff handoff() {
        return handoff;
    }
}
