// Positive (WwContextMisuse): kernel model: done() marks the end of the acquire phase, then a late
// reservation (the fence object) is locked under the same context.
package inputs.wwkernel.resvlockafterdone;

import kernel.dma.DmaResv;
import kernel.sync.WwAcquireCtx;

final class Exec {
    int jobs;

    int run(DmaResv vm, DmaResv fenceObj) {
        WwAcquireCtx ctx = new WwAcquireCtx(DmaResv.reservation);
        int ret = vm.lock(ctx);
        if (ret != 0) {
            ctx.fini();
            return ret;
        }
        ctx.done();
        // :: error: [WwContextMisuse]
        ret = fenceObj.lock(ctx);
        if (ret != 0) {
            vm.unlock();
            ctx.fini();
            return ret;
        }
        jobs++;
        fenceObj.unlock();
        vm.unlock();
        ctx.fini();
        return 0;
    }
}
