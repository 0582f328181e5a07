// Positive (RecursiveLock): asahi model, section 6 item 7 (mmu.rs drop_mappings / map_at error path):
// the VM's reservation is locked as the exec lock (under an acquire context), and the last
// reference to a VM-private GpuVmBo is put before it is released; GpuVmBo::dec_ref takes that same
// reservation with dma_resv_lock(obj, NULL). Reported at the put.
package inputs.asahibugs.execlockctxheldacrossvmboput;

import kernel.dma.DmaResv;
import kernel.sync.WwAcquireCtx;
import kernel.types.ARef;
import kernel.types.AlwaysRefCounted;

/** drm_gpuvm with the asahi VmInner, trimmed: the VM's reservation is shared by VM-private BOs. */
final class GpuVm {
    final DmaResv resv = new DmaResv("asahi_vm");
    int mappings;
}

/** drm_gpuvm_bo for a VM-private object: the last put unlinks it under the VM's reservation. */
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

    /** drm_gpuvm_bo_put: dma_resv_lock(obj, NULL), unlink, dma_resv_unlock. */
    @dev.drivercheck.annotations.Destructor
    private void release() {
        vm.resv.lock(null);
        vm.mappings--;
        vm.resv.unlock();
    }
}

final class Vm {
    private final GpuVm gpuvm = new GpuVm();

    /** drop_mappings with the put moved inside the exec lock. */
    int dropMappings(ARef<GpuVmBo> bo) {
        WwAcquireCtx ctx = new WwAcquireCtx(DmaResv.reservation);
        int ret = gpuvm.resv.lock(ctx);
        if (ret != 0) {
            ctx.fini();
            return ret;
        }
        gpuvm.mappings = 0; // bo_unmap
        // :: error: [RecursiveLock]
        bo.close();
        gpuvm.resv.unlock();
        ctx.fini();
        return 0;
    }
}
