// Negative (WwDeadlockIgnored, WwBackoffViolation, WwContextMisuse, LockLeak, UnlockNotHeld,
// LockOrderInversion): kernel model: fenceBo() hands the BO lock's status (-EDEADLK included) back
// holding nothing; the caller, holding the VM's reservation, backs off: unlocks it, takes the
// contended BO first, then relocks. Both resv fields name their ww class (reservation_ww_class).
package inputs.wwkernel.resvhelperpropagatesedeadlksilent;

import static kernel.error.Errno.EDEADLK;

import dev.drivercheck.annotations.WwClass;
import kernel.dma.DmaResv;
import kernel.sync.WwAcquireCtx;

final class Vm {
    @WwClass("reservation")
    final DmaResv resv = new DmaResv("vm");
}

final class Bo {
    @WwClass("reservation")
    final DmaResv resv = new DmaResv("bo");
}

final class Submit {
    /** Locks bo under the caller's ctx, adds the fence, unlocks; returns the lock status. */
    int fenceBo(WwAcquireCtx ctx, Bo bo, Object fence) {
        int ret = bo.resv.lock(ctx);
        if (ret != 0) {
            return ret;
        }
        bo.resv.addFence(fence);
        bo.resv.unlock();
        return 0;
    }

    int submit(Vm vm, Bo bo, Object fence) {
        WwAcquireCtx ctx = new WwAcquireCtx(DmaResv.reservation);
        int ret = vm.resv.lock(ctx);
        if (ret != 0) {
            ctx.fini();
            return ret;
        }
        ret = fenceBo(ctx, bo, fence);
        if (ret == -EDEADLK) {
            vm.resv.unlock();
            ret = bo.resv.lock(ctx);
            if (ret != 0) {
                ctx.fini();
                return ret;
            }
            ret = vm.resv.lock(ctx);
            if (ret != 0) {
                bo.resv.unlock();
                ctx.fini();
                return ret;
            }
            bo.resv.addFence(fence);
            bo.resv.unlock();
        } else if (ret != 0) {
            vm.resv.unlock();
            ctx.fini();
            return ret;
        }
        vm.resv.addFence(fence);
        vm.resv.unlock();
        ctx.fini();
        return 0;
    }
}
