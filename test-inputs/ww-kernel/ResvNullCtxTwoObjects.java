// Positive (WwMissingContext): kernel model: copying between two BOs, dma_resv_lock(src, NULL) then
// dma_resv_lock(dst, NULL): two reservations of one ww class held at once without an acquire context.
package inputs.wwkernel.resvnullctxtwoobjects;

import kernel.dma.DmaResv;

final class Bo {
    final DmaResv resv = new DmaResv("bo");
    int pages;
}

final class Copy {
    void copy(Bo src, Bo dst) {
        src.resv.lock(null);
        // :: error: [WwMissingContext]
        dst.resv.lock(null);
        dst.pages = src.pages;
        dst.resv.unlock();
        src.resv.unlock();
    }
}
