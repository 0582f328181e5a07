// Negative (WwDeadlockIgnored, WwBackoffViolation, WwContextMisuse, LockLeak, UnlockNotHeld): kernel
// model: interruptible locking: -EDEADLK backs off (unlock, lockSlow the contended one, relock the
// other), -EINTR is returned to user space after unlocking and fini(), -EALREADY is refused.
package inputs.wwkernel.resvinterruptibleeintrreturnedsilent;

import static kernel.error.Errno.EDEADLK;
import static kernel.error.Errno.EINTR;
import static kernel.error.Errno.EINVAL;

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
        ret = bo.lockInterruptible(ctx);
        if (ret == -EDEADLK) {
            vm.unlock();
            bo.lockSlow(ctx);
            ret = vm.lockInterruptible(ctx);
            if (ret != 0) {
                bo.unlock();
                ctx.fini();
                return ret;
            }
        } else if (ret == -EINTR) {
            vm.unlock();
            ctx.fini();
            return ret;
        } else if (ret != 0) {
            vm.unlock();
            ctx.fini();
            return -EINVAL;
        }
        ctx.done();
        jobs++;
        bo.unlock();
        vm.unlock();
        ctx.fini();
        return 0;
    }
}
