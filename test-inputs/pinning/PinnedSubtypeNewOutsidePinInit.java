// Positive (PinnedNotInPlace): a type is pinned when a supertype is @Pinned: a spinlock subclassing a
// pinned raw lock and a timer implementing a pinned list-node interface, built outside any pin-init
// context. Reported at each `new`.
package inputs.pinning.pinnedsubtypenewoutsidepininit;

import dev.drivercheck.annotations.*;

final class Setup {
    RawLock makeLock() {
        // :: error: [PinnedNotInPlace]
        RawLock lock = new SpinLock();
        return lock;
    }

    ListNode makeTimer() {
        // :: error: [PinnedNotInPlace]
        return new Timer(100);
    }
}

/** A raw lock: pinned, and so is every subclass. */
@Pinned
abstract class RawLock {
}

class SpinLock extends RawLock {
}

/** An intrusive list node: its neighbours point at it. */
@Pinned
interface ListNode {
}

final class Timer implements ListNode {
    final int expires;

    Timer(int expires) {
        this.expires = expires;
    }
}
