// Positive (WwContextMisuse): kernel model: a WwMutex of the driver's own ww class locked under an
// acquire context of the reservation class: mutex and context of different ww classes.
package inputs.wwkernel.resvctxofotherwwclass;

import kernel.dma.DmaResv;
import kernel.sync.WwAcquireCtx;
import kernel.sync.WwClass;
import kernel.sync.WwMutex;

final class Sched {
    static final WwClass ENTITY = WwClass.woundWait("sched_entity");

    final WwMutex<int[]> entity = new WwMutex<>(ENTITY, new int[1]);

    int attach(DmaResv bo) {
        WwAcquireCtx ctx = new WwAcquireCtx(DmaResv.reservation);
        int ret = bo.lock(ctx);
        if (ret != 0) {
            ctx.fini();
            return ret;
        }
        // :: error: [WwContextMisuse]
        ret = entity.lock(ctx);
        if (ret != 0) {
            bo.unlock();
            ctx.fini();
            return ret;
        }
        entity.get()[0]++;
        entity.unlock();
        bo.unlock();
        ctx.fini();
        return 0;
    }
}
