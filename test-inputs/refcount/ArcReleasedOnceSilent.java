// Negative (RefDoubleRelease, RefUseAfterRelease): each reference is put once on every path; a new
// reference stored in the same local may be used and put again; try-with-resources puts it once.
package inputs.refcount.arcreleasedoncesilent;

import dev.drivercheck.annotations.*;

/** A counted reference to a T. */
@Refcounted
final class Arc<T> implements AutoCloseable {
    private final T value;

    Arc(T value) {
        this.value = value;
    }

    T get() {
        return value;
    }

    @IncRef
    Arc<T> cloneRef() {
        return new Arc<>(value);
    }

    @DecRef
    @Override
    public void close() {}
}

final class Ctx {
    int id;
}

final class Submit {
    int run(Arc<Ctx> ctx, boolean bad) {
        if (bad) {
            ctx.close();
            return -1;
        }
        int id = ctx.get().id;
        ctx.close();
        return id;
    }

    int again(Arc<Ctx> ctx) {
        Arc<Ctx> ref = ctx.cloneRef();
        int id = ref.get().id;
        ref.close();
        ref = ctx.cloneRef();
        id += ref.get().id;
        ref.close();
        return id;
    }

    int scoped(Ctx c) {
        try (Arc<Ctx> ref = new Arc<>(c)) {
            return ref.get().id;
        }
    }
}
