package asahi.mmu;

import asahi.slotalloc.SlotAllocator;
import asahi.slotalloc.SlotGuard;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.PinInit;
import dev.drivercheck.annotations.NoSleep;
import kernel.delay.Delay;
import kernel.sync.LockClassKey;
import kernel.sync.MutexGuard;
import kernel.sync.SpinLockGuard;

/**
 * The GPU MMU (mmu.rs Uat): context slots for user VMs, the shared TTB table behind uat_shared and
 * the firmware handoff lock, and the kernel VM.
 */
public final class Uat {
    public static final int NUM_SLOTS = 63;
    private static final LockClassKey SLOTS_KEY = new LockClassKey("Uat::SlotAllocator");

    final UatInner inner;
    final SlotAllocator<SlotInner> slots;
    private final Vm kernelVm;
    volatile FwCtl fwctl;
    private long nextVmId = 1;

    @MightSleep
    @PinInit
    public Uat() {
        inner = new UatInner();
        slots = new SlotAllocator<>(NUM_SLOTS, i -> new SlotInner(), (slot, s) -> s.vmId = -1,
                "Uat::SlotAllocator", SLOTS_KEY);
        // Handoff::init: sleeps only between unlock and relock
        try (MutexGuard<UatInner.UatShared> g = inner.shared.lock()) {
            try (SpinLockGuard<Object> h = inner.handoff.lock()) {
                g.get().mapKernelToUser = 0;
                inner.handoff.apUnlock();
            }
        }
        Delay.msleep(1);
        kernelVm = Vm.create(this, 0, true, 0x1_0000_0000L, 1L << 32);
    }

    public Vm kernelVm() {
        return kernelVm;
    }

    public UatInner inner() {
        return inner;
    }

    public void setFwCtl(FwCtl f) {
        fwctl = f;
    }

    @MightSleep
    public synchronized Vm newVm(long start, long size) {
        return Vm.create(this, nextVmId++, false, start, size);
    }

    /** Binds {@code vmId} to a context slot; caller holds the VM's binding mutex. */
    @MightSleep
    SlotGuard<SlotInner> bindSlot(long token, long vmId) {
        SlotGuard<SlotInner> slot = slots.get(token, s -> s.vmId = vmId);
        setTtb(slot.slot() + 1, vmId);
        return slot;
    }

    /** Writes a TTB under uat_shared and the handoff lock. */
    @MightSleep
    void setTtb(int index, long value) {
        try (MutexGuard<UatInner.UatShared> g = inner.shared.lock()) {
            try (SpinLockGuard<Object> h = inner.handoff.lock()) {
                g.get().ttbs[index] = value;
                inner.handoff.apUnlock();
            }
        }
    }

    /** TLB invalidate by ASID (a register write in the real driver). */
    @NoSleep
    void tlbiAsid(int slot) {
        Thread.onSpinWait();
    }
}
