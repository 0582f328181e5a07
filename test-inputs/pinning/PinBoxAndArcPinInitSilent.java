// Negative (PinnedNotInPlace): construction through @PinInit factories: `new` written directly as the
// argument of KBox.pinInit / Arc.pinInit (built in the slot), and `new` inside @PinInit factory methods
// (of the pinned class or another) and constructors; calling such a factory from a plain method is fine.
package inputs.pinning.pinboxandarcpininitsilent;

import dev.drivercheck.annotations.*;

@Pinned
final class Node {
    final int key;

    Node(int key) {
        this.key = key;
    }

    @PinInit
    static Node create(int key) {
        return new Node(key);
    }
}

@Pinned
final class Ctx {
    @Pin private final Mutex lock;

    @PinInit
    Ctx() {
        this.lock = new Mutex();
    }
}

final class Factory {
    @PinInit
    static Mutex newLock() {
        Mutex m = new Mutex();
        return m;
    }
}

final class Driver {
    KBox<Node> node;
    Arc<Ctx> ctx;
    Arc<Mutex> lock;

    void probe() {
        node = KBox.pinInit(new Node(1));
        ctx = Arc.pinInit(new Ctx());
        lock = Arc.pinInit(new Mutex());
        Node other = Node.create(2);
        Mutex m = Factory.newLock();
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

/** Arc<T>: a shared, pinned allocation. */
final class Arc<T> {
    private final T value;

    private Arc(T value) {
        this.value = value;
    }

    /** Arc::pin_init(): the argument is constructed directly in the new allocation. */
    @PinInit
    static <T> Arc<T> pinInit(T value) {
        return new Arc<>(value);
    }
}

/** A mutex: its wait list points back into it, so it never moves once initialized. */
@Pinned
final class Mutex {
}
