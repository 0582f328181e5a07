// Positive (WwContextMisuse): kernel model: the validation error path unlocks the VM's reservation
// and returns -EINVAL without fini(): the acquire context is not finished on that path.
package inputs.wwkernel.resvfinimissingonerrorpath;

import static kernel.error.Errno.EINVAL;

import kernel.dma.DmaResv;
import kernel.sync.WwAcquireCtx;

final class Bind {
    static final int MAX_PAGES = 512;
    int mapped;

    int bind(DmaResv vm, DmaResv bo, int pages) {
        // :: error: [WwContextMisuse]
        WwAcquireCtx ctx = new WwAcquireCtx(DmaResv.reservation);
        int ret = vm.lock(ctx);
        if (ret != 0) {
            ctx.fini();
            return ret;
        }
        if (pages > MAX_PAGES) {
            vm.unlock();
            return -EINVAL;
        }
        ret = bo.lock(ctx);
        if (ret != 0) {
            vm.unlock();
            ctx.fini();
            return ret;
        }
        mapped += pages;
        bo.unlock();
        vm.unlock();
        ctx.fini();
        return 0;
    }
}
