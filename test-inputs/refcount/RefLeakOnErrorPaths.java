// Positive (RefLeak): a submit path takes a new reference to the context and leaves without putting
// it: on an early error return, on an explicit throw, and when a checked exception from a callee
// escapes. Each leak is reported where the reference was made.
package inputs.refcount.refleakonerrorpaths;

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

final class FirmwareException extends Exception {}

final class Submit {
    static final int EINVAL = -22;

    int earlyReturn(Arc<Ctx> ctx, int flags) {
        // :: error: [RefLeak]
        Arc<Ctx> ref = ctx.cloneRef();
        if (flags != 0) {
            return EINVAL;
        }
        int id = ref.get().id;
        ref.close();
        return id;
    }

    int explicitThrow(Arc<Ctx> ctx, int flags) {
        // :: error: [RefLeak]
        Arc<Ctx> ref = ctx.cloneRef();
        if (flags < 0) {
            throw new IllegalArgumentException("bad flags");
        }
        ref.close();
        return 0;
    }

    int checkedFromCallee(Arc<Ctx> ctx) throws FirmwareException {
        // :: error: [RefLeak]
        Arc<Ctx> ref = ctx.cloneRef();
        send(ref.get());
        ref.close();
        return 0;
    }

    void send(Ctx c) throws FirmwareException {
        if (c.id < 0) {
            throw new FirmwareException();
        }
    }
}
