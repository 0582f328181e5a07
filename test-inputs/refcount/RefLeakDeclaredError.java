// Positive and negative (RefLeak): a callee that declares the unchecked error it throws
// (`throws KernelError`, a documented error path) makes that path count: the new reference is not
// put when submit() fails. Putting it in finally, or calling a helper that declares nothing, is fine.
package inputs.refcount.refleakdeclarederror;

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

final class KernelError extends RuntimeException {
    KernelError(String message) {
        super(message);
    }
}

final class Ctx {
    int id;
}

final class Ring {
    void submit(Ctx c) throws KernelError {
        if (c.id < 0) {
            throw new KernelError("ring full");
        }
    }

    void touch(Ctx c) {
        c.id++;
    }
}

final class Queue {
    private final Ring ring = new Ring();

    void leaky(Arc<Ctx> ctx) {
        // :: error: [RefLeak]
        Arc<Ctx> ref = ctx.cloneRef();
        ring.submit(ref.get());
        ref.close();
    }

    void putInFinally(Arc<Ctx> ctx) {
        Arc<Ctx> ref = ctx.cloneRef();
        try {
            ring.submit(ref.get());
        } finally {
            ref.close();
        }
    }

    void undeclared(Arc<Ctx> ctx) {
        Arc<Ctx> ref = ctx.cloneRef();
        ring.touch(ref.get());
        ref.close();
    }
}
