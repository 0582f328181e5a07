package asahi.file;

import asahi.alloc.HeapAllocator;
import asahi.mmu.Vm;
import dev.drivercheck.annotations.LockClass;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.Mutex;

/** A client VM (file.rs Vm): the mmu Vm and the client's object allocators (ualloc, ualloc_priv). */
@Pinned
public final class FileVm {
    static final long USER_START = 0x10_0000_0000L;
    static final long USER_SIZE = 0x10_0000_0000L;
    static final long KERNEL_START = 0x30_0000_0000L;

    final Vm vm;
    @LockClass("ualloc")
    @Pin final Mutex<HeapAllocator> ualloc;
    @LockClass("ualloc")
    @Pin final Mutex<HeapAllocator> uallocPriv;
    private boolean closed;

    @MightSleep
    FileVm(Vm vm) {
        this.vm = vm;
        this.ualloc = new Mutex<>(new HeapAllocator("ualloc", vm, KERNEL_START, 0x1000_0000L), "ualloc");
        this.uallocPriv = new Mutex<>(new HeapAllocator("ualloc_priv", vm, KERNEL_START + 0x1000_0000L,
                0x1000_0000L), "ualloc");
    }

    /** Vm drop: unmap the user and kernel ranges (sleeps, takes the exec lock). */
    @MightSleep
    synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        vm.unmapRange(USER_START, USER_SIZE);
        try (kernel.sync.MutexGuard<HeapAllocator> g = ualloc.lock()) {
            g.get().close();
        }
        try (kernel.sync.MutexGuard<HeapAllocator> g = uallocPriv.lock()) {
            g.get().close();
        }
        vm.unmapRange(KERNEL_START, 0x2000_0000L);
        vm.close();
    }
}
