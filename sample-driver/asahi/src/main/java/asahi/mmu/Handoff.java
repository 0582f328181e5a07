package asahi.mmu;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import java.util.concurrent.atomic.AtomicInteger;
import kernel.sync.SpinLock;
import kernel.sync.SpinLockGuard;

/**
 * The UAT handoff area shared with the firmware (mmu.rs Handoff): a Dekker/Peterson lock between
 * the AP and the firmware ({@code lockAp}/{@code lockFw}/{@code turn}) that busy-waits and never
 * sleeps. The AP side is also a spinlock for lockdep (one class, "Handoff").
 */
@Pinned
public final class Handoff {
    @Pin final SpinLock<Object> ap = new SpinLock<>(new Object(), "Handoff");
    private final AtomicInteger lockAp = new AtomicInteger();
    private final AtomicInteger lockFw = new AtomicInteger();
    private final AtomicInteger turn = new AtomicInteger();
    /** The TTB slot the firmware may be using (written under the lock). */
    volatile long currentSlotTtb;

    /** AP side: lock against the firmware. Atomic until closed. */
    @Acquires("ap")
    @NoSleep
    public SpinLockGuard<Object> lock() {
        SpinLockGuard<Object> g = ap.lock();
        lockAp.set(1);
        turn.set(1);
        while (lockFw.get() == 1 && turn.get() == 1) {
            Thread.onSpinWait();
        }
        return g;
    }

    /** Firmware side of the Dekker lock (the simulated GPU). */
    public void fwLock() {
        lockFw.set(1);
        turn.set(0);
        while (lockAp.get() == 1 && turn.get() == 0) {
            Thread.onSpinWait();
        }
    }

    public void fwUnlock() {
        lockFw.set(0);
    }

    /** Clear the AP flag; call right before closing the guard returned by {@link #lock()}. */
    @NoSleep
    public void apUnlock() {
        lockAp.set(0);
    }
}
