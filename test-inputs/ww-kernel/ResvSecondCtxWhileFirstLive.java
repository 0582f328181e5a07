// Positive (WwContextMisuse): kernel model: a second reservation acquire context is initialized while
// the first is live (and holds the VM's reservation) in the same method.
package inputs.wwkernel.resvsecondctxwhilefirstlive;

import kernel.dma.DmaResv;
import kernel.sync.WwAcquireCtx;

final class Exec {
    int jobs;

    int run(DmaResv vm, DmaResv bo) {
        WwAcquireCtx ctx = new WwAcquireCtx(DmaResv.reservation);
        int ret = vm.lock(ctx);
        if (ret != 0) {
            ctx.fini();
            return ret;
        }
        // :: error: [WwContextMisuse]
        WwAcquireCtx inner = new WwAcquireCtx(DmaResv.reservation);
        ret = bo.lock(inner);
        if (ret == 0) {
            jobs++;
            bo.unlock();
        }
        inner.fini();
        vm.unlock();
        ctx.fini();
        return ret;
    }
}
