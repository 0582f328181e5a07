// Positive (WwDeadlockIgnored): kernel model: dma_resv_lock(bo, ctx) with the VM's reservation held
// and its status thrown away: -EDEADLK is possible, and the code uses the BO as if it held it.
package inputs.wwkernel.resvstatusdiscarded;

import kernel.dma.DmaResv;
import kernel.sync.WwAcquireCtx;

final class Fence {
    int attach(DmaResv vm, DmaResv bo, Object fence) {
        WwAcquireCtx ctx = new WwAcquireCtx(DmaResv.reservation);
        int ret = vm.lock(ctx);
        if (ret != 0) {
            ctx.fini();
            return ret;
        }
        // :: error: [WwDeadlockIgnored]
        bo.lock(ctx);
        bo.addFence(fence);
        vm.addFence(fence);
        bo.unlock();
        vm.unlock();
        ctx.fini();
        return 0;
    }
}
