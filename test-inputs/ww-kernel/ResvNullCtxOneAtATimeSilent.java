// Negative (WwMissingContext, WwDeadlockIgnored, LockLeak, RecursiveLock): kernel model:
// dma_resv_lock(obj, NULL) on one BO's reservation at a time: a plain mutex lock (never -EDEADLK),
// released before the next BO's is taken.
package inputs.wwkernel.resvnullctxoneatatimesilent;

import kernel.dma.DmaResv;

final class Bo {
    final DmaResv resv = new DmaResv("bo");
}

final class Fences {
    void addToBoth(Bo a, Bo b, Object fence) {
        a.resv.lock(null);
        a.resv.addFence(fence);
        a.resv.unlock();
        b.resv.lock(null);
        b.resv.addFence(fence);
        b.resv.unlock();
    }
}
