// Positive (WwBackoffViolation): kernel model: the BO's reservation returns -EDEADLK and the code
// lockSlow()s it while still holding the VM's reservation: the older context may be waiting for it.
package inputs.wwkernel.resvlockslowwithvmheld;

import static kernel.error.Errno.EDEADLK;

import kernel.dma.DmaResv;
import kernel.sync.WwAcquireCtx;

final class Map {
    int mappings;

    int map(DmaResv vm, DmaResv bo) {
        WwAcquireCtx ctx = new WwAcquireCtx(DmaResv.reservation);
        int ret = vm.lock(ctx);
        if (ret != 0) {
            ctx.fini();
            return ret;
        }
        ret = bo.lock(ctx);
        if (ret == -EDEADLK) {
            // :: error: [WwBackoffViolation]
            bo.lockSlow(ctx);
        } else if (ret != 0) {
            vm.unlock();
            ctx.fini();
            return ret;
        }
        mappings++;
        bo.unlock();
        vm.unlock();
        ctx.fini();
        return 0;
    }
}
