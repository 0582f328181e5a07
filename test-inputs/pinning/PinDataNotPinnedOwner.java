// Positive (PinnedStructural): pin-init pin_data_is_not_unpin: a structurally pinned @Pin field in a
// class that is not @Pinned; the owner may move freely and take the "pinned" lock with it. Reported
// at the field only (its mutex is built inside a @PinInit constructor, in place).
package inputs.pinning.pindatanotpinnedowner;

import dev.drivercheck.annotations.*;

final class Foo {
    private final int a;
    // :: error: [PinnedStructural]
    @Pin private final Mutex lock;

    @PinInit
    Foo(int a) {
        this.a = a;
        this.lock = new Mutex();
    }

    int a() {
        return a;
    }
}

final class Driver {
    private Foo current;

    void rebind(int a) {
        current = new Foo(a);
    }
}

/** A mutex: its wait list points back into it, so it never moves once initialized. */
@Pinned
final class Mutex {
}
