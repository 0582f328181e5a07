// Positive (RecursiveLock): asahi model, section 6 item 7 (mmu.rs drop_mappings / map_at error path):
// the VM's reservation is held as the exec lock, and the last reference to a VM-private GpuVmBo is
// put before it is released; GpuVmBo::dec_ref locks that same reservation to unlink itself. The
// reservation is a plain sleeping mutex here, as in the kernel model's single-object stand-in.
package inputs.asahibugs.execlockheldacrossvmboput;

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

    /** drop_mappings with the put moved inside the exec lock. */
    void dropMappings(ARef<GpuVmBo> bo) {
        try (MutexGuard<int[]> exec = gpuvm.resv.lock()) {
            exec.get()[0] = 0; // bo_unmap
            // :: error: [RecursiveLock]
            bo.close();
        }
    }
}
