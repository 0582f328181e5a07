// Positive (PinnedStructural): a structurally pinned @Pin field that is not final could later be
// overwritten, moving another lock into the slot. Reported at the field declaration; filling it in
// place in the owner's constructor is not a second report.
package inputs.pinning.pinfieldnotfinal;

import dev.drivercheck.annotations.*;

@Pinned
final class Device {
    // :: error: [PinnedStructural]
    @Pin private Mutex lock;
    @Pin private final Mutex ioLock = new Mutex();
    private int opens;

    Device() {
        this.lock = new Mutex();
    }

    Mutex lock() {
        return lock;
    }
}

/** A mutex: its wait list points back into it, so it never moves once initialized. */
@Pinned
final class Mutex {
}
