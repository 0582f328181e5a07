// Positive (WwBackoffViolation): kernel model: the BO's reservation is contended, the code backs off
// correctly but then lockSlow()s the VM's reservation instead of the contended one.
package inputs.wwkernel.resvlockslowwrongobject;

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
            vm.unlock();
            // :: error: [WwBackoffViolation]
            vm.lockSlow(ctx);
            vm.unlock();
            ctx.fini();
            return ret;
        }
        if (ret != 0) {
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
