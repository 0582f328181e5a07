// Negative (DrmmEscape): the DRM device data is itself @DrmmScoped and keeps its drmm CRTC, planes
// (field, list, field initializer) and ring; a drmm sub-struct points back at it; modeset code uses them
// locally and in an in-place forEach. Drmm values in drmm owners do not outlive the drm_device.
package inputs.lifetime.drmmstructssilent;

import dev.drivercheck.annotations.*;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

@DrmmScoped
final class KmsData {
    private final ModeConfig config = new ModeConfig();
    private final List<Plane> planes = new ArrayList<>();
    private Crtc crtc;
    private Ring ring;

    void addPlane(Plane p) {
        planes.add(p);
    }

    void setCrtc(Crtc c) {
        this.crtc = c;
    }

    void setRing(Ring r) {
        this.ring = r;
        r.attach(this);
    }

    void forEachPlane(@CalledInPlace Consumer<Plane> action) {
        for (Plane p : planes) {
            action.accept(p);
        }
    }
}

/** drmm_mode_config_init(). */
@DrmmScoped
final class ModeConfig {}

/** drmm_universal_plane_alloc(). */
@DrmmScoped
final class Plane {
    void disable(Crtc crtc) {}
}

/** drmm_crtc_alloc_with_planes(). */
@DrmmScoped
final class Crtc {}

/** drmm_kzalloc'd firmware ring; points back at the device data. */
@DrmmScoped
final class Ring {
    private KmsData owner;

    void attach(KmsData owner) {
        this.owner = owner;
    }
}

final class KmsInit {
    void modesetInit(KmsData data) {
        Crtc crtc = new Crtc();
        data.setCrtc(crtc);
        data.addPlane(new Plane());
        data.addPlane(new Plane());
        data.setRing(new Ring());
        data.forEachPlane(p -> p.disable(crtc));
    }
}
