// Positive (PinnedNotInPlace): a pinned mutex in a static field initializer of a plain class: no
// @PinInit context and no @Pin slot of a @Pinned owner (a global lock needs a pin-init factory, like
// the kernel's global_lock!). Reported at the `new`.
package inputs.pinning.staticpinnedfieldoutsidepininit;

import dev.drivercheck.annotations.*;

final class Globals {
    // :: error: [PinnedNotInPlace]
    static final Mutex DEVICES_LOCK = new Mutex();

    static int devices;
}

/** A mutex: its wait list points back into it, so it never moves once initialized. */
@Pinned
final class Mutex {
}
