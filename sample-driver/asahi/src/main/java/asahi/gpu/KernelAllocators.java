package asahi.gpu;

import asahi.alloc.HeapAllocator;
import asahi.mmu.Vm;
import dev.drivercheck.annotations.MightSleep;

/** The firmware object heaps (gpu.rs KernelAllocators), behind GpuManager.alloc. */
public final class KernelAllocators {
    public final HeapAllocator privateHeap;
    public final HeapAllocator shared;
    public final HeapAllocator gpu;

    KernelAllocators(Vm kernelVm) {
        long base = 0x1_0000_0000L;
        privateHeap = new HeapAllocator("private", kernelVm, base, 0x1000_0000L);
        shared = new HeapAllocator("shared", kernelVm, base + 0x1000_0000L, 0x1000_0000L);
        gpu = new HeapAllocator("gpu", kernelVm, base + 0x2000_0000L, 0x1000_0000L);
    }

    @MightSleep
    long garbageBytes() {
        return privateHeap.garbageBytes() + shared.garbageBytes() + gpu.garbageBytes();
    }

    @MightSleep
    void collectGarbage() {
        privateHeap.collectGarbage();
        shared.collectGarbage();
        gpu.collectGarbage();
    }
}
