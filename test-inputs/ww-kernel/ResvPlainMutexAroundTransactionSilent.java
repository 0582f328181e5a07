// Negative (LockOrderInversion, WwDeadlockIgnored, WwContextMisuse, LockLeak): kernel model: the VM's
// plain Mutex is always taken outside the reservation transaction (Vm.pages -> reservation only),
// in both submit() and evict(): one order, no cycle.
package inputs.wwkernel.resvplainmutexaroundtransactionsilent;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.dma.DmaResv;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;
import kernel.sync.WwAcquireCtx;

@Pinned
final class Vm {
    @Pin final Mutex<int[]> pages = new Mutex<>(new int[1]);

    int submit(DmaResv bo) {
        try (MutexGuard<int[]> g = pages.lock()) {
            WwAcquireCtx ctx = new WwAcquireCtx(DmaResv.reservation);
            int ret = bo.lock(ctx);
            if (ret != 0) {
                ctx.fini();
                return ret;
            }
            g.get()[0]++;
            bo.unlock();
            ctx.fini();
            return 0;
        }
    }

    int evict(DmaResv bo) {
        try (MutexGuard<int[]> g = pages.lock()) {
            WwAcquireCtx ctx = new WwAcquireCtx(DmaResv.reservation);
            int ret = bo.lock(ctx);
            if (ret != 0) {
                ctx.fini();
                return ret;
            }
            g.get()[0]--;
            bo.unlock();
            ctx.fini();
            return 0;
        }
    }
}
