package asahi.mmu;

import dev.drivercheck.annotations.MightSleep;
import kernel.sync.MutexGuard;

/** A counted user of a VM's slot binding (mmu.rs VmBind): the last close frees the slot. */
public final class VmBind implements AutoCloseable {
    private final Vm vm;
    private final int slot;
    private boolean closed;

    VmBind(Vm vm, int slot) {
        this.vm = vm;
        this.slot = slot;
    }

    public int slot() {
        return slot;
    }

    /** VmBind::drop: VmBinding -&gt; (slot guard drop) slot allocator. */
    @MightSleep
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (MutexGuard<VmBinding> g = vm.binding.lock()) {
            VmBinding b = g.get();
            if (--b.activeUsers == 0 && b.slot != null) {
                b.slot.drop();
                b.slot = null;
            }
        }
    }
}
