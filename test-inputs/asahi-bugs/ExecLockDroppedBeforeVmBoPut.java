// Negative (RecursiveLock, LockOrderInversion): asahi model, section 6 item 7, the clean shape of
// mmu.rs drop_mappings ("drop the exec_lock first, then the GpuVmBo since that will take the lock
// itself"): the BO reference is found under the exec lock and put after it is released. Silent.
package inputs.asahibugs.execlockdroppedbeforevmboput;

import dev.drivercheck.annotations.Destructor;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;
import kernel.types.ARef;
import kernel.types.AlwaysRefCounted;

/** drm_gpuvm with the asahi VmInner, trimmed: VM-private BOs share the VM's reservation. */
@Pinned
final class GpuVm {
    @Pin final Mutex<int[]> resv = new Mutex<>(new int[1], "dma_resv");
}

/** drm_gpuvm_bo of a VM-private object: the last put unlinks it under the VM's reservation. */
final class GpuVmBo implements AlwaysRefCounted {
    private final GpuVm vm;
    private int refs = 1;

    GpuVmBo(GpuVm vm) {
        this.vm = vm;
    }

    @Override
    public void incRef() {
        refs++;
    }

    @Override
    public void decRef() {
        if (--refs == 0) {
            release();
        }
    }

    /** drm_gpuvm_bo_put: dma_resv_lock, unlink, dma_resv_unlock. */
    @Destructor
    private void release() {
        try (MutexGuard<int[]> g = vm.resv.lock()) {
            g.get()[0]--;
        }
    }
}

@Pinned
final class Vm {
    @Pin private final GpuVm gpuvm = new GpuVm();

    void dropMappings(ARef<GpuVmBo> bo) {
        try (MutexGuard<int[]> exec = gpuvm.resv.lock()) {
            exec.get()[0] = 0; // bo_unmap
        }
        bo.close();
    }
}
