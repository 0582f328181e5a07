// Negative (RefLeak): every owned reference is released or handed on, on every path: returned,
// stored into a field, a collection or a map, passed to an @Owned parameter, captured by deferred
// work, closed by try-with-resources or in finally, null-checked, or released on both branches. A
// getter that returns a field lends it (nothing to release), a container's get() hands out what it
// holds, and an implicit unchecked exception (a failed dereference) is no leak path.
package inputs.refcount.refhandedonsilent;

import dev.drivercheck.annotations.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

final class Registry {
    private Arc<Ctx> current;
    private final List<Arc<Ctx>> pending = new ArrayList<>();
    private final Map<Integer, Arc<Ctx>> byId = new HashMap<>();

    /** Returns the caller's own new reference. */
    Arc<Ctx> get(Arc<Ctx> ctx) {
        Arc<Ctx> ref = ctx.cloneRef();
        return ref;
    }

    /** Lends the field: callers must not put it. */
    Arc<Ctx> current() {
        return current;
    }

    int readCurrent() {
        return current().get().id;
    }

    void keep(Arc<Ctx> ctx) {
        current = ctx.cloneRef();
        pending.add(ctx.cloneRef());
        byId.put(ctx.get().id, ctx.cloneRef());
    }

    void hand(Arc<Ctx> ctx) {
        consume(ctx.cloneRef());
        Arc<Ctx> later = ctx.cloneRef();
        Workqueue.enqueue(() -> {
            System.out.println(later.get().id);
            later.close();
        });
    }

    void consume(@Owned Arc<Ctx> ref) {
        ref.close();
    }

    int scoped(Arc<Ctx> ctx) {
        try (Arc<Ctx> ref = ctx.cloneRef()) {
            return ref.get().id;
        }
    }

    int inFinally(Arc<Ctx> ctx, int flags) {
        Arc<Ctx> ref = ctx.cloneRef();
        try {
            if (flags != 0) {
                return -22;
            }
            return ref.get().id;
        } finally {
            ref.close();
        }
    }

    int bothBranches(Arc<Ctx> ctx, boolean fast) {
        Arc<Ctx> ref = ctx.cloneRef();
        if (fast) {
            ref.close();
            return 0;
        }
        int id = ref.get().id;
        ref.close();
        return id;
    }

    int maybeNull(Arc<Ctx> ctx) {
        Arc<Ctx> ref = ctx == null ? null : ctx.cloneRef();
        if (ref == null) {
            return -2;
        }
        ref.close();
        return 0;
    }

    int fromList(int i) {
        Arc<Ctx> ref = pending.get(i);
        return ref.get().id;
    }

    int uncheckedOnly(Arc<Ctx> ctx, int[] ids) {
        Arc<Ctx> ref = ctx.cloneRef();
        int id = ids[ref.get().id];
        ref.close();
        return id;
    }
}
