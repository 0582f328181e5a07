// Positive (WwContextMisuse): kernel model: the context is finished before the BO's reservation is
// unlocked (ww_acquire_fini with a ww lock of the context still held).
package inputs.wwkernel.resvfiniwithlockheld;

import kernel.dma.DmaResv;
import kernel.sync.WwAcquireCtx;

final class Evict {
    int evicted;

    int evict(DmaResv bo) {
        WwAcquireCtx ctx = new WwAcquireCtx(DmaResv.reservation);
        int ret = bo.lock(ctx);
        if (ret != 0) {
            ctx.fini();
            return ret;
        }
        evicted++;
        // :: error: [WwContextMisuse]
        ctx.fini();
        bo.unlock();
        return 0;
    }
}
