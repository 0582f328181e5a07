// Positive (PinnedStructural): a non-final @Pin field reassigned after construction, by its own class
// and by another class: the pinned slot now holds a lock that lives elsewhere. Reported at the field
// and at each assignment made outside the owner's constructors.
package inputs.pinning.pinfieldreassigned;

import dev.drivercheck.annotations.*;

@Pinned
final class Channel {
    // :: error: [PinnedStructural]
    @Pin Mutex lock;

    Channel() {
        lock = new Mutex();
    }

    void adopt(Mutex other) {
        // :: error: [PinnedStructural]
        this.lock = other;
    }
}

final class Router {
    void steal(Channel from, Channel to) {
        // :: error: [PinnedStructural]
        to.lock = from.lock;
    }
}

/** A mutex: its wait list points back into it, so it never moves once initialized. */
@Pinned
final class Mutex {
}
