// Positive (WwDeadlockIgnored, LockLeak): kernel model: copyLocked() hands the destination's -EDEADLK
// to its caller while still holding the source BO's reservation: the caller cannot back off.
package inputs.wwkernel.resvhelperreturnsedeadlkholdingsrc;

import kernel.dma.DmaResv;
import kernel.sync.WwAcquireCtx;

final class Bo {
    final DmaResv resv = new DmaResv("bo");
    int pages;
}

final class Copy {
    /** Meant as: 0 after the copy, or a negative status, with nothing held either way. */
    int copyLocked(WwAcquireCtx ctx, Bo src, Bo dst) {
        // :: error: [LockLeak]
        int ret = src.resv.lock(ctx);
        if (ret != 0) {
            return ret;
        }
        // :: error: [WwDeadlockIgnored]
        ret = dst.resv.lock(ctx);
        if (ret != 0) {
            return ret;
        }
        dst.pages = src.pages;
        dst.resv.unlock();
        src.resv.unlock();
        return 0;
    }
}
