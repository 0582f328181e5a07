// Positive and negative (RefLeak): capturing an owned reference in deferred work hands it to the
// work, whose body must then put it. One work item only reads through the reference and never puts
// it (reported where the reference was made); the others put it, hand it on to an @Owned
// parameter, or close it through a method reference.
package inputs.refcount.refleakdeferredwork;

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

final class Workqueue {
    static void enqueue(@RunsIn(Context.PROCESS) Runnable work) {}
}

final class Retire {
    void leaky(Arc<Ctx> ctx) {
        // :: error: [RefLeak]
        Arc<Ctx> ref = ctx.cloneRef();
        Workqueue.enqueue(() -> System.out.println(ref.get().id));
    }

    void puts(Arc<Ctx> ctx) {
        Arc<Ctx> ref = ctx.cloneRef();
        Workqueue.enqueue(() -> {
            System.out.println(ref.get().id);
            ref.close();
        });
    }

    void handsOn(Arc<Ctx> ctx) {
        Arc<Ctx> ref = ctx.cloneRef();
        Workqueue.enqueue(() -> free(ref));
    }

    void byReference(Arc<Ctx> ctx) {
        Arc<Ctx> ref = ctx.cloneRef();
        Workqueue.enqueue(ref::close);
    }

    static void free(@Owned Arc<Ctx> ref) {
        ref.close();
    }
}
