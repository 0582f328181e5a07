// Positive (PinnedNotInPlace): only a `new` written directly as the argument of a @PinInit call is
// built in the slot; one nested in another call (an identity wrapper, a plain holder's constructor) is
// built outside and moved in. Reported at the inner `new`.
package inputs.pinning.pinnednewnestedinpininitargument;

import dev.drivercheck.annotations.*;

final class Setup {
    static <T> T traced(T value) {
        return value;
    }

    KBox<Mutex> wrapped() {
        // :: error: [PinnedNotInPlace]
        return KBox.pinInit(traced(new Mutex()));
    }

    KBox<Holder> held() {
        // :: error: [PinnedNotInPlace]
        return KBox.pinInit(new Holder(new Mutex()));
    }
}

/** A plain holder: not pinned, so it is free to move with its mutex. */
final class Holder {
    final Mutex lock;

    Holder(Mutex lock) {
        this.lock = lock;
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
}

/** A mutex: its wait list points back into it, so it never moves once initialized. */
@Pinned
final class Mutex {
}
