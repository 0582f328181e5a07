// Positive (RefLeak, warning): a job owns a reference to its context and to its fence, but its
// destructor puts only the context: the job's last put leaks the fence. Reported at the field.
package inputs.refcount.refleakdestructorfield;

import dev.drivercheck.annotations.*;

@Refcounted
final class Arc<T> implements AutoCloseable {
    @DecRef
    @Override
    public void close() {}
}

final class Ctx {}

final class Fence {}

interface Drop {
    @Destructor
    void drop();
}

final class Job implements Drop {
    private final Arc<Ctx> ctx;
    // :: warning: [RefLeak]
    private final Arc<Fence> fence;
    @Borrowed
    private final Arc<Ctx> parent;

    Job(@Owned Arc<Ctx> ctx, @Owned Arc<Fence> fence, Arc<Ctx> parent) {
        this.ctx = ctx;
        this.fence = fence;
        this.parent = parent;
    }

    @Override
    public void drop() {
        putContext();
    }

    private void putContext() {
        ctx.close();
    }
}

final class Job2 implements Drop {
    private final Arc<Ctx> ctx;
    private final Arc<Fence> fence;

    Job2(@Owned Arc<Ctx> ctx, @Owned Arc<Fence> fence) {
        this.ctx = ctx;
        this.fence = fence;
    }

    @Override
    public void drop() {
        ctx.close();
        this.fence.close();
    }
}
