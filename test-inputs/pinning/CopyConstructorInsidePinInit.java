// Positive (PinnedMove): a copy constructor stays a move even where it lands in a pin-init slot:
// KBox.pinInit(new Mutex(live)) and a @PinInit factory copying its argument both duplicate a pinned
// mutex. Reported at the `new`, as PinnedMove only.
package inputs.pinning.copyconstructorinsidepininit;

import dev.drivercheck.annotations.*;

/** A mutex: its wait list points back into it, so it never moves once initialized. */
@Pinned
final class Mutex {
    Mutex() {
    }

    Mutex(Mutex other) {
    }

    @PinInit
    static Mutex cloneOf(Mutex live) {
        // :: error: [PinnedMove]
        return new Mutex(live);
    }
}

final class Rebuild {
    KBox<Mutex> boxedCopy(Mutex live) {
        // :: error: [PinnedMove]
        return KBox.pinInit(new Mutex(live));
    }
}

/** Pin<KBox<T>>: a heap slot whose value is constructed in place. */
final class KBox<T> {
    private final T value;

    private KBox(T value) {
        this.value = value;
    }

    /** KBox::pin_init(): the argument is constructed directly in the new box. */
    @PinInit
    static <T> KBox<T> pinInit(T value) {
        return new KBox<>(value);
    }

    T get() {
        return value;
    }
}
