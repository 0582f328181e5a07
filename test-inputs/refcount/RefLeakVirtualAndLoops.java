// Positive (RefLeak): references made through virtual calls and in loops: an interface method
// returns a new reference (owned by default) and the caller drops it on one branch; a loop takes a
// reference per element and skips the put with `continue`; a catch block returns without the put.
package inputs.refcount.refleakvirtualandloops;

import dev.drivercheck.annotations.*;
import java.util.List;

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
    boolean dead;
}

interface ContextSource {
    /** A new reference to the current context. */
    Arc<Ctx> acquire();

    /** The source's own reference, lent. */
    @Borrowed
    Arc<Ctx> peek();
}

final class Users {
    int firstLive(ContextSource src) {
        // :: error: [RefLeak]
        Arc<Ctx> ctx = src.acquire();
        if (ctx.get().dead) {
            return -1;
        }
        int id = ctx.get().id;
        ctx.close();
        return id;
    }

    int countLive(List<Arc<Ctx>> all) {
        int n = 0;
        for (Arc<Ctx> a : all) {
            // :: error: [RefLeak]
            Arc<Ctx> ref = a.cloneRef();
            if (ref.get().dead) {
                continue;
            }
            n++;
            ref.close();
        }
        return n;
    }

    int guarded(ContextSource src) {
        // :: error: [RefLeak]
        Arc<Ctx> ctx = src.acquire();
        try {
            check(ctx.get());
        } catch (Exception e) {
            return -5;
        }
        ctx.close();
        return 0;
    }

    int peekOnly(ContextSource src) {
        return src.peek().get().id;
    }

    static void check(Ctx c) throws Exception {
        if (c.dead) {
            throw new Exception("dead");
        }
    }
}
