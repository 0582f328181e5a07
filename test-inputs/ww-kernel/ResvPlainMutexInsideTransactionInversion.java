// Positive (LockOrderInversion): kernel model: submit() takes the VM's plain kernel Mutex inside the
// reservation transaction (Bo.resv -> Vm.pages); evict() locks a BO's reservation under Vm.pages
// (Vm.pages -> Bo.resv). One report, at the first edge site in line order (submit()).
package inputs.wwkernel.resvplainmutexinsidetransactioninversion;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.dma.DmaResv;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;
import kernel.sync.WwAcquireCtx;

final class Bo {
    final DmaResv resv = new DmaResv("bo");
}

@Pinned
final class Vm {
    @Pin final Mutex<int[]> pages = new Mutex<>(new int[1]);

    int submit(Bo bo) {
        WwAcquireCtx ctx = new WwAcquireCtx(DmaResv.reservation);
        int ret = bo.resv.lock(ctx);
        if (ret != 0) {
            ctx.fini();
            return ret;
        }
        // :: error: [LockOrderInversion]
        try (MutexGuard<int[]> g = pages.lock()) {
            g.get()[0]++;
        }
        bo.resv.unlock();
        ctx.fini();
        return 0;
    }

    int evict(Bo bo) {
        try (MutexGuard<int[]> g = pages.lock()) {
            WwAcquireCtx ctx = new WwAcquireCtx(DmaResv.reservation);
            int ret = bo.resv.lock(ctx);
            if (ret != 0) {
                ctx.fini();
                return ret;
            }
            g.get()[0]--;
            bo.resv.unlock();
            ctx.fini();
            return 0;
        }
    }
}
