// Positive (DrmmEscape): the hardware fence (a refcounted dma_fence: a sync_file or another driver may
// hold it past the drm_device's release) points at the drmm-allocated ring it signals from: the field of
// a drmm type in an unscoped class is reported once, at the field, not at the constructor's store.
package inputs.lifetime.drmmringinhwfence;

import dev.drivercheck.annotations.*;

/** The firmware ring, allocated with drmm_kzalloc(): freed at the drm_device's final release. */
@DrmmScoped
final class Ring {
    private int completed;

    int completedSeqno() {
        return completed;
    }
}

final class HwFence {
    // :: error: [DrmmEscape]
    private final Ring ring;
    private final int seqno;

    HwFence(Ring ring, int seqno) {
        this.ring = ring;
        this.seqno = seqno;
    }

    boolean signaled() {
        return ring.completedSeqno() >= seqno;
    }
}

final class Submit {
    HwFence emit(Ring ring, int seqno) {
        return new HwFence(ring, seqno);
    }
}
