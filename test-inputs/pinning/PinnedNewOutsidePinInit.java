// Positive (PinnedNotInPlace): a pinned mutex built in a local, returned from a factory that is not
// @PinInit, and passed straight to a method that is not @PinInit: each is constructed on the stack
// and then moved. Reported at each `new`.
package inputs.pinning.pinnednewoutsidepininit;

import dev.drivercheck.annotations.*;

final class Registry {
    private final java.util.List<Mutex> locks = new java.util.ArrayList<>();

    void register(Mutex m) {
        locks.add(m);
    }

    void addLocal() {
        // :: error: [PinnedNotInPlace]
        Mutex m = new Mutex();
        register(m);
    }

    static Mutex make() {
        // :: error: [PinnedNotInPlace]
        return new Mutex();
    }

    void addDirect() {
        // :: error: [PinnedNotInPlace]
        register(new Mutex());
    }
}

/** A mutex: its wait list points back into it, so it never moves once initialized. */
@Pinned
final class Mutex {
}
