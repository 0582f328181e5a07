// Negative (BorrowEscape): loans used within the call, new references kept instead of loans: an
// @Owned parameter stored, clone() and ARef.from() results stored, a loan passed to a helper that
// borrows it, captured by a lambda run in place, and kept in a field marked @Borrowed.
package inputs.refcount.borrowescapesilent;

import dev.drivercheck.annotations.*;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

@Refcounted
class GemObject {
    int size;
}

@Refcounted
final class ARef<T extends GemObject> implements AutoCloseable {
    private final T obj;

    private ARef(T obj) {
        this.obj = obj;
    }

    @IncRef
    static <T extends GemObject> ARef<T> from(T obj) {
        return new ARef<>(obj);
    }

    @IncRef
    ARef<T> cloneRef() {
        return new ARef<>(obj);
    }

    @Borrowed
    T get() {
        return obj;
    }

    @DecRef
    @Override
    public void close() {}
}

final class Mapping {
    private final ARef<GemObject> bo;
    private ARef<GemObject> extra;
    private final List<ARef<GemObject>> all = new ArrayList<>();
    @Borrowed
    private ARef<GemObject> owner;

    Mapping(@Owned ARef<GemObject> bo) {
        this.bo = bo;
    }

    void track(ARef<GemObject> other) {
        all.add(other.cloneRef());
        extra = ARef.from(other.get());
        owner = other;
        int s = size(other) + withObject(() -> other.get().size);
        List<ARef<GemObject>> scratch = new ArrayList<>();
        scratch.add(other);
        s += scratch.size();
    }

    static int size(ARef<GemObject> bo) {
        return bo.get().size;
    }

    static int withObject(Supplier<Integer> f) {
        return f.get();
    }
}
