// Positive (PinnedNotInPlace): pin-init missing_pin: a @Pinned device whose mutex field lacks @Pin is
// not structurally pinned, so `new Mutex()` assigned to it in the constructor builds the mutex outside
// its slot and moves it in. Reported at each such `new`.
package inputs.pinning.missingpinfieldinitializedinconstructor;

import dev.drivercheck.annotations.*;

@Pinned
final class Device {
    private final Mutex lock;
    private final WaitQueue waiters;
    private int users;

    Device() {
        // :: error: [PinnedNotInPlace]
        this.lock = new Mutex();
        // :: error: [PinnedNotInPlace]
        waiters = new WaitQueue();
    }

    int users() {
        return users;
    }
}

/** A mutex: its wait list points back into it, so it never moves once initialized. */
@Pinned
final class Mutex {
}

/** A wait queue head: waiters link themselves to its address. */
@Pinned
final class WaitQueue {
}
