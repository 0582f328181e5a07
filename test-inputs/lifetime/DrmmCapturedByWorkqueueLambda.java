// Positive (DrmmEscape): the vblank-disable path queues work on the system workqueue whose lambda
// captures the drmm CRTC: nothing flushes that work before the drm_device's final release frees the
// CRTC. Reported at the lambda.
package inputs.lifetime.drmmcapturedbyworkqueuelambda;

import dev.drivercheck.annotations.*;

final class Workqueue {
    private Workqueue() {}

    /** queue_work(system_wq, ...): runs later in process context. */
    static void enqueue(@RunsIn(Context.PROCESS) Runnable work) {}
}

/** A CRTC from drmm_crtc_alloc_with_planes(): freed when the drm_device is released. */
@DrmmScoped
final class Crtc {
    void powerDown() {}
}

final class Vblank {
    void disableLater(Crtc crtc) {
        // :: error: [DrmmEscape]
        Workqueue.enqueue(() -> crtc.powerDown());
    }
}
