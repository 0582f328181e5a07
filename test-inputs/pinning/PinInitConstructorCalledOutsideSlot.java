// Positive (PinnedNotInPlace): a @PinInit constructor makes its own body an in-place context, not every
// `new` of its class: `new Device()` in a plain method still builds the device outside a slot (it must
// go through KBox.pinInit / Arc.pinInit). Reported at each such `new`.
package inputs.pinning.pininitconstructorcalledoutsideslot;

import dev.drivercheck.annotations.*;

@Pinned
final class Device {
    @Pin private final Mutex lock;

    @PinInit
    Device() {
        this.lock = new Mutex();
    }
}

final class Probe {
    private Device dev;

    void probe() {
        // :: error: [PinnedNotInPlace]
        dev = new Device();
    }

    Device probeLocal() {
        // :: error: [PinnedNotInPlace]
        Device d = new Device();
        return d;
    }
}

/** A mutex: its wait list points back into it, so it never moves once initialized. */
@Pinned
final class Mutex {
}
