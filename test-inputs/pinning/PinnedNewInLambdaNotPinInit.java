// Positive (PinnedNotInPlace): a lambda is an in-place initializer only when it goes to a @PinInit
// method: one run by hand (init.get() returns the node by value) or handed to a plain lazy holder
// builds a node that is then moved. Reported at each `new`.
package inputs.pinning.pinnednewinlambdanotpininit;

import dev.drivercheck.annotations.*;
import java.util.function.Supplier;

final class Setup {
    Node viaLocal() {
        // :: error: [PinnedNotInPlace]
        Supplier<Node> init = () -> new Node(1);
        return init.get();
    }

    Lazy<Node> viaLazy() {
        // :: error: [PinnedNotInPlace]
        return Lazy.of(() -> new Node(2));
    }
}

/** A lazily computed value: the supplier's result is stored (moved) into it. */
final class Lazy<T> {
    private final Supplier<T> init;

    private Lazy(Supplier<T> init) {
        this.init = init;
    }

    static <T> Lazy<T> of(Supplier<T> init) {
        return new Lazy<>(init);
    }
}

/** Pin<KBox<T>>: a heap slot whose value is constructed in place. */
final class KBox<T> {
    private final T value;

    private KBox(T value) {
        this.value = value;
    }

    /** KBox::pin_init() with an initializer that fills the slot. */
    @PinInit
    static <T> KBox<T> init(Supplier<T> init) {
        return new KBox<>(init.get());
    }
}

/** An intrusive list node: its neighbours point at it. */
@Pinned
final class Node {
    final int key;

    Node(int key) {
        this.key = key;
    }
}
