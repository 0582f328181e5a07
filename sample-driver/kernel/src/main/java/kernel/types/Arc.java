package kernel.types;

import dev.drivercheck.annotations.Borrowed;
import dev.drivercheck.annotations.DecRef;
import dev.drivercheck.annotations.IncRef;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Owned;
import dev.drivercheck.annotations.PinInit;
import dev.drivercheck.annotations.Refcounted;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import kernel.debug.AtomicContextTracker;
import kernel.debug.CallSite;

/**
 * A counted reference to a shared {@code T} (kernel::sync::Arc). Each {@code Arc} object is one
 * reference: {@link #clone()} makes another, {@link #close()} gives this one up, and the final
 * close runs {@code T}'s {@link Drop#drop()} in the caller's context. Using or closing a reference
 * after it was closed throws {@link IllegalStateException}.
 *
 * <p>The idiom for a destructor that sleeps: clone under the spinlock, close after it.
 * <pre>{@code
 * Arc<Ctx> ctx;
 * try (SpinLockGuard<Slot> g = slot.lock()) {
 *     ctx = g.get().ctx.clone();
 * }
 * try (ctx) {
 *     ... may sleep; the final put, if it is one, happens here ...
 * }
 * }</pre>
 */
@Refcounted
public final class Arc<T> implements AutoCloseable {

    /** The shared allocation: the value and its count (ArcInner). */
    private static final class Inner<T> {
        final T value;
        final AtomicInteger refs = new AtomicInteger(1);

        Inner(T value) {
            this.value = value;
        }
    }

    private final Inner<T> inner;
    private final AtomicBoolean dropped = new AtomicBoolean();

    private Arc(Inner<T> inner) {
        this.inner = inner;
    }

    /** Arc::new(value, GFP_KERNEL): the allocation may sleep. */
    @MightSleep
    public static <T> Arc<T> create(@Owned T value) {
        AtomicContextTracker.mightSleep("kmalloc(GFP_KERNEL) in Arc::new");
        return new Arc<>(new Inner<>(Objects.requireNonNull(value, "value")));
    }

    /**
     * Arc::pin_init(init, GFP_KERNEL): allocates the shared value (may sleep) and builds it in place
     * with {@code init}; the allocation is the home of the pinned objects it builds.
     */
    @PinInit
    @MightSleep
    public static <T> Arc<T> pinInit(kernel.types.PinInit<T> init) {
        AtomicContextTracker.mightSleep("kmalloc(GFP_KERNEL) in Arc::pin_init");
        return new Arc<>(new Inner<>(Pin.fill(init, CallSite.describeUser()).get()));
    }

    /** Arc::new(value, GFP_ATOMIC): for atomic context. */
    @NoSleep
    public static <T> Arc<T> createAtomic(@Owned T value) {
        return new Arc<>(new Inner<>(Objects.requireNonNull(value, "value")));
    }

    /** The shared value, borrowed for as long as this reference is held. */
    @Borrowed
    public T get() {
        checkLive("use");
        return inner.value;
    }

    /** A new reference to the same value (refcount_inc). */
    @IncRef
    @NoSleep
    @Override
    public Arc<T> clone() {
        checkLive("clone");
        inner.refs.incrementAndGet();
        return new Arc<>(inner);
    }

    /** Gives up this reference; the last one runs the value's destructor here. */
    @DecRef
    @Override
    public void close() {
        if (!dropped.compareAndSet(false, true)) {
            throw new IllegalStateException(describe() + ": reference dropped twice (double put)");
        }
        int left = inner.refs.decrementAndGet();
        if (left == 0 && inner.value instanceof Drop) {
            AtomicContextTracker.DropFrame frame =
                    AtomicContextTracker.enterDrop(describe() + " -> " + typeName() + ".drop()");
            try {
                ((Drop) inner.value).drop();
            } finally {
                AtomicContextTracker.exitDrop(frame);
            }
        }
    }

    /** How many references exist now (Arc::strong_count); 0 once the value is dropped. */
    public int refCount() {
        return inner.refs.get();
    }

    /** Whether both references point at the same value (Arc::ptr_eq). */
    public boolean ptrEq(Arc<?> other) {
        return inner == other.inner;
    }

    private void checkLive(String what) {
        if (!dropped.get()) {
            return;
        }
        int refs = inner.refs.get();
        if (refs == 0) {
            throw new IllegalStateException(what + " after the last put: " + describe()
                    + " was dropped and its value destroyed");
        }
        throw new IllegalStateException(what + " of a dropped reference: this " + describe()
                + " was closed (" + refs + " other reference(s) remain; clone before closing)");
    }

    private String typeName() {
        return inner.value.getClass().getSimpleName();
    }

    private String describe() {
        return "Arc<" + typeName() + ">";
    }

    @Override
    public String toString() {
        return describe() + (dropped.get() ? " (dropped)" : "[refs=" + inner.refs.get() + "]");
    }
}
