// Positive (WwDeadlockIgnored, UnlockNotHeld): kernel model: only -EINTR of the BO's interruptible
// lock is handled; on -EDEADLK (and -EALREADY) the code goes on as if it held the BO and unlocks it.
package inputs.wwkernel.resvinterruptibleonlyeintrchecked;

import static kernel.error.Errno.EINTR;

import kernel.dma.DmaResv;
import kernel.sync.WwAcquireCtx;

final class Ioctl {
    int jobs;

    int submit(DmaResv vm, DmaResv bo) {
        WwAcquireCtx ctx = new WwAcquireCtx(DmaResv.reservation);
        int ret = vm.lockInterruptible(ctx);
        if (ret != 0) {
            ctx.fini();
            return ret;
        }
        // :: error: [WwDeadlockIgnored]
        ret = bo.lockInterruptible(ctx);
        if (ret == -EINTR) {
            vm.unlock();
            ctx.fini();
            return ret;
        }
        jobs++;
        // :: error: [UnlockNotHeld]
        bo.unlock();
        vm.unlock();
        ctx.fini();
        return 0;
    }
}
