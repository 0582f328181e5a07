// Positive and negative (RefDoubleRelease, RefUseAfterRelease): a local that is only a copy of
// another (`Arc<Ctx> alias = ref;`) names the same counted reference: putting both is a double
// put, and reading through one after putting the other is a use after release. A copy that is
// put instead of the original is fine.
package inputs.refcount.refreleasedthroughcopies;

import dev.drivercheck.annotations.*;

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

final class Users {
    void putTwice(Arc<Ctx> ctx) {
        Arc<Ctx> ref = ctx.cloneRef();
        Arc<Ctx> alias = ref;
        ref.close();
        // :: error: [RefDoubleRelease]
        alias.close();
    }

    int readAfterPut(Arc<Ctx> ctx) {
        Arc<Ctx> ref = ctx.cloneRef();
        Arc<Ctx> alias = ref;
        alias.close();
        // :: error: [RefUseAfterRelease]
        return ref.get().id;
    }

    int putTheCopy(Arc<Ctx> ctx) {
        Arc<Ctx> ref = ctx.cloneRef();
        Arc<Ctx> alias = ref;
        int id = ref.get().id;
        alias.close();
        return id;
    }
}
