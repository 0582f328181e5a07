// Positive (PinnedNotInPlace): pin-init no_pin_on_phantompinned: a @Pinned struct whose PhantomPinned
// marker fields carry no @Pin; their field initializers construct the pinned markers outside any
// pin-init slot. Reported at each `new`.
package inputs.pinning.nopinonpinnedmarkerfield;

import dev.drivercheck.annotations.*;

@Pinned
final class Foo {
    // :: error: [PinnedNotInPlace]
    private final PhantomPinned pin1 = new PhantomPinned();
    // :: error: [PinnedNotInPlace]
    final PhantomPinned pin2 = new PhantomPinned();
    // :: error: [PinnedNotInPlace]
    static final PhantomPinned PIN3 = new PhantomPinned();

    private int value;

    int value() {
        return value;
    }
}

/** core::marker::PhantomPinned: a zero-sized marker that makes its owner !Unpin. */
@Pinned
final class PhantomPinned {
}
