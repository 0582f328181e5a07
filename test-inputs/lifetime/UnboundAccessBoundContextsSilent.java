// Negative (UnboundAccess): register access from probe (@BoundContext), from a helper only probe
// calls, and from an ioctl inside a drm_dev_enter section: the device is bound at each of them.
package inputs.lifetime.unboundaccessboundcontextssilent;

import dev.drivercheck.annotations.*;

/** An MMIO window: unmapped when the device is unbound. */
@DevmScoped
final class IoMem {
    @RequiresBound
    int read32(int offset) {
        return offset;
    }
}

/** drm_dev_enter(): a guard while the device is still there, null once it is unplugged. */
final class Drm {
    @EntersBound
    Object enter() {
        return this;
    }
}

final class Gpu {
    private final Drm drm = new Drm();
    int version;

    @BoundContext
    void probe(IoMem r) {
        version = readVersion(r);
    }

    private int readVersion(IoMem r) {
        return r.read32(0);
    }

    int ioctlVersion(IoMem r) {
        if (drm.enter() == null) {
            return -19;
        }
        return r.read32(0);
    }
}
