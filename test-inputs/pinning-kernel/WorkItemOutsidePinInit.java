// Positive (PinnedNotInPlace): kernel model: a Work item is linked by address while pending, so it is
// pinned: built in a plain method (and queued) it is reported at the `new`; the work embedded in a
// final @Pin field of a pinned owner, built in a Pin.box slot, is fine, and so is queueing it.
package inputs.pinningkernel.workitemoutsidepininit;

import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.workqueue.Work;
import kernel.workqueue.Workqueue;

final class Flusher {
    void kick(Workqueue wq) {
        // :: error: [PinnedNotInPlace]
        Work w = new Work("flush", () -> { });
        wq.enqueue(w);
    }
}

@Pinned
final class Gpu {
    @Pin final Work recover = new Work("recover", Gpu::recover);

    static void recover() {
    }

    @MightSleep
    static Gpu probe(Workqueue wq) {
        Gpu gpu = kernel.types.Pin.<Gpu>box(slot -> new Gpu()).get();
        wq.enqueue(gpu.recover);
        return gpu;
    }
}
