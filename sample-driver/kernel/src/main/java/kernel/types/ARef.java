package kernel.types;

import dev.drivercheck.annotations.Borrowed;
import dev.drivercheck.annotations.DecRef;
import dev.drivercheck.annotations.IncRef;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Owned;
import dev.drivercheck.annotations.Refcounted;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One owned reference to an {@link AlwaysRefCounted} object (kernel::types::ARef): the count lives
 * in the object. {@link #from} takes a new reference, {@link #close()} puts it; the last put may
 * run the object's release in the caller's context.
 */
@Refcounted
public final class ARef<T extends AlwaysRefCounted> implements AutoCloseable {
    private final T obj;
    private final AtomicBoolean dropped = new AtomicBoolean();

    private ARef(T obj) {
        this.obj = Objects.requireNonNull(obj, "obj");
    }

    /** ARef::from(&T): takes a new reference (inc_ref). */
    @IncRef
    @NoSleep
    public static <T extends AlwaysRefCounted> ARef<T> from(T obj) {
        obj.incRef();
        return new ARef<>(obj);
    }

    /**
     * ARef::from_raw: adopts a reference the caller already owns (a newly created object's initial
     * count) without incrementing.
     */
    @NoSleep
    public static <T extends AlwaysRefCounted> ARef<T> fromRaw(@Owned T obj) {
        return new ARef<>(obj);
    }

    /** Another reference to the same object. */
    @IncRef
    @NoSleep
    @Override
    public ARef<T> clone() {
        checkLive();
        obj.incRef();
        return new ARef<>(obj);
    }

    /** The object, borrowed for as long as this reference is held. */
    @Borrowed
    public T get() {
        checkLive();
        return obj;
    }

    /** Puts this reference (dec_ref). */
    @DecRef
    @Override
    public void close() {
        if (!dropped.compareAndSet(false, true)) {
            throw new IllegalStateException("ARef<" + typeName() + ">: reference dropped twice (double put)");
        }
        obj.decRef();
    }

    private void checkLive() {
        if (dropped.get()) {
            throw new IllegalStateException("use of a dropped reference: this ARef<" + typeName() + "> was closed");
        }
    }

    private String typeName() {
        return obj.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return "ARef<" + typeName() + ">" + (dropped.get() ? " (dropped)" : "");
    }
}
