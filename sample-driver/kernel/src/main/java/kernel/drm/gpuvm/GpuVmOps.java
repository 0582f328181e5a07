package kernel.drm.gpuvm;

import dev.drivercheck.annotations.Holds;
import dev.drivercheck.annotations.MightSleep;

/**
 * Driver callbacks of a GPU VM (drm_gpuvm_ops). The step callbacks run under the VM's exec lock
 * ({@code @Holds} the VM's reservation, so what they take nests under it)
 * (in immediate mode, possibly on the fence-signalling path: preallocate in the context);
 * {@code vmFree} runs on the last put of the VM.
 */
public interface GpuVmOps<T, C> {
    /** Map [va.start, va.start+va.range) of the object at va.offset. */
    @Holds("#0.vm.resv")
    @MightSleep
    void stepMap(LockedGpuVm<T> vm, GpuVa va, C ctx);

    /** Unmap a whole existing mapping. */
    @Holds("#0.vm.resv")
    @MightSleep
    void stepUnmap(LockedGpuVm<T> vm, GpuVa va, C ctx);

    /** Split an existing mapping: keep {@code prev} and/or {@code next} (either may be null). */
    @Holds("#0.vm.resv")
    @MightSleep
    void stepRemap(LockedGpuVm<T> vm, GpuVa old, GpuVa prev, GpuVa next, C ctx);

    /** The last reference to the VM went: drop the driver data. */
    @MightSleep
    void vmFree(T data);
}
