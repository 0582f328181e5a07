// Negative (WwDeadlockIgnored, WwBackoffViolation, WwContextMisuse, LockLeak, UnlockNotHeld): kernel
// model: a hand-written drm_exec loop over DmaResv: on -EDEADLK every reservation taken so far is
// unlocked, the contended one is lockSlow()ed and kept, and the rest is retried; -EALREADY (a shared
// reservation named twice) is skipped; done() after the last lock, fini() on every path of push().
package inputs.wwkernel.resvretryloopsilent;

import static kernel.error.Errno.EALREADY;
import static kernel.error.Errno.EDEADLK;

import java.util.ArrayList;
import java.util.List;
import kernel.dma.DmaResv;
import kernel.sync.WwAcquireCtx;

final class Submit {
    int jobs;

    /** Locks every object of objs into locked; 0, or an error with the locks taken left in locked. */
    int lockAll(List<DmaResv> objs, List<DmaResv> locked, WwAcquireCtx ctx) {
        DmaResv contended = null;
        for (int i = 0; i < objs.size(); i++) {
            DmaResv obj = objs.get(i);
            if (obj == contended) {
                continue;
            }
            int ret = obj.lock(ctx);
            if (ret == -EALREADY) {
                continue;
            }
            if (ret == -EDEADLK) {
                for (DmaResv held : locked) {
                    held.unlock();
                }
                locked.clear();
                obj.lockSlow(ctx);
                locked.add(obj);
                contended = obj;
                i = -1;
                continue;
            }
            if (ret != 0) {
                return ret;
            }
            locked.add(obj);
        }
        ctx.done();
        return 0;
    }

    int push(DmaResv vm, DmaResv bo, DmaResv pt) {
        WwAcquireCtx ctx = new WwAcquireCtx(DmaResv.reservation);
        List<DmaResv> locked = new ArrayList<>();
        int ret = lockAll(List.of(vm, bo, pt, vm), locked, ctx);
        if (ret == 0) {
            jobs++;
        }
        for (DmaResv obj : locked) {
            obj.unlock();
        }
        ctx.fini();
        return ret;
    }
}
