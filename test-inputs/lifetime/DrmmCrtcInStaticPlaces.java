// Positive (DrmmEscape): a drm_panic-style hook keeps the CRTCs (drmm_crtc_alloc_with_planes: freed at
// the drm_device's final release) in a static list and the last active one in a static field: static
// storage outlives the DRM device. Reported at the add and at the assignment.
package inputs.lifetime.drmmcrtcinstaticplaces;

import dev.drivercheck.annotations.*;
import java.util.ArrayList;
import java.util.List;

interface ModeObject {
    int id();
}

/** A CRTC from drmm_crtc_alloc_with_planes(): freed when the drm_device is released. */
@DrmmScoped
final class Crtc implements ModeObject {
    @Override
    public int id() {
        return 31;
    }
}

final class PanicHook {
    static final List<Crtc> CRTCS = new ArrayList<>();
    static ModeObject lastActive;

    private PanicHook() {}

    static void register(Crtc crtc) {
        // :: error: [DrmmEscape]
        CRTCS.add(crtc);
    }

    static void activate(Crtc crtc) {
        // :: error: [DrmmEscape]
        lastActive = crtc;
    }
}

final class KmsInit {
    void modesetInit() {
        Crtc crtc = new Crtc();
        PanicHook.register(crtc);
        PanicHook.activate(crtc);
    }
}
