// Negative (PinnedNotInPlace): initializers passed to @PinInit methods fill the slot in place: an
// expression lambda, a block lambda building the node in a local, and a constructor reference, each
// written as the argument of KBox.init / Arc.pinInitWith.
package inputs.pinning.lambdainitializerpassedtopininitsilent;

import dev.drivercheck.annotations.*;
import java.util.function.Function;
import java.util.function.Supplier;

final class Setup {
    KBox<Node> expression() {
        return KBox.init(slot -> new Node(slot.index));
    }

    KBox<Node> block(int key) {
        return KBox.init(slot -> {
            Node n = new Node(slot.index + key);
            return n;
        });
    }

    Arc<Mutex> reference() {
        return Arc.pinInitWith(Mutex::new);
    }

    Arc<Mutex> supplier() {
        return Arc.pinInitWith(() -> new Mutex());
    }
}

/** The address being initialized. */
final class Slot {
    final int index;

    Slot(int index) {
        this.index = index;
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
    static <T> KBox<T> init(Function<Slot, T> init) {
        return new KBox<>(init.apply(new Slot(0)));
    }
}

/** Arc<T>: a shared, pinned allocation. */
final class Arc<T> {
    private final T value;

    private Arc(T value) {
        this.value = value;
    }

    /** Arc::pin_init() with an initializer that fills the allocation. */
    @PinInit
    static <T> Arc<T> pinInitWith(Supplier<T> init) {
        return new Arc<>(init.get());
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

/** A mutex: its wait list points back into it, so it never moves once initialized. */
@Pinned
final class Mutex {
}
