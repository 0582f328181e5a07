// Positive (RefDoubleRelease, RefUseAfterRelease): an error path puts the context's Arc and the common
// exit puts it again; another path reads through the reference after putting it.
package inputs.refcount.arcreleasedtwice;

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
        }
        // :: error: [RefDoubleRelease]
        ctx.close();
        return 0;
    }

    int peek(Arc<Ctx> ctx) {
        ctx.close();
        // :: error: [RefUseAfterRelease]
        return ctx.get().id;
    }

    void closeInsideTry(Ctx c) {
        // :: error: [RefDoubleRelease]
        try (Arc<Ctx> ref = new Arc<>(c)) {
            ref.close();
        }
    }
}
