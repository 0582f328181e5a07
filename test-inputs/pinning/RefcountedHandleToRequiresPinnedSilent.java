// Negative (RequiresPinned): a counted owning handle (@Refcounted: an Arc or a KBox) passed where the
// callee records an address is fine even when its pointee type is movable: what is recorded is the
// heap allocation behind the handle, which never moves (an XArray of Arc<T> / KBox<T> entries).
// Only the plain value itself (see RequiresPinnedMovableArgument) is reported.
package inputs.pinning.refcountedhandletorequirespinnedsilent;

import dev.drivercheck.annotations.*;

/** A plain request: copied and moved freely. */
final class Request {
    int opcode;
}

/** Arc<T>: a counted reference to a shared heap allocation. */
@Refcounted
final class Arc<T> {
    private final T value;

    Arc(@Owned T value) {
        this.value = value;
    }

    T get() {
        return value;
    }
}

/** A subclass handle type: still a counted reference. */
@Refcounted
class KBox<T> {
    final T value;

    KBox(@Owned T value) {
        this.value = value;
    }
}

final class NamedBox<T> extends KBox<T> {
    NamedBox(@Owned T value) {
        super(value);
    }
}

/** An XArray: records the address of what it is given, and owns it from then on. */
final class XArray<T> {
    void store(long index, @Owned @RequiresPinned T entry) {
    }
}

final class Client {
    private final XArray<Arc<Request>> shared = new XArray<>();
    private final XArray<KBox<Request>> owned = new XArray<>();

    void add(long id, @Owned Arc<Request> req, @Owned NamedBox<Request> box) {
        shared.store(id, req);
        owned.store(id, box);
        owned.store(id + 1, new KBox<>(new Request()));
    }
}
