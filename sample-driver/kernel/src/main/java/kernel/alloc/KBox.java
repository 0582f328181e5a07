package kernel.alloc;

import dev.drivercheck.annotations.Borrowed;
import dev.drivercheck.annotations.DecRef;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Owned;
import dev.drivercheck.annotations.Refcounted;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import kernel.debug.AtomicContextTracker;
import kernel.types.Drop;

/**
 * A uniquely owned heap value (kernel::alloc::KBox). To the checker it is a reference whose count
 * is always one: {@link #close()} is its final put and runs {@code T}'s {@link Drop#drop()}.
 */
@Refcounted
public final class KBox<T> implements AutoCloseable {
    private final T value;
    private final AtomicBoolean dropped = new AtomicBoolean();

    private KBox(T value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** KBox::new(value, GFP_KERNEL): may sleep. */
    @MightSleep
    public static <T> KBox<T> allocKernel(@Owned T value) {
        Kmalloc.prepare(Gfp.KERNEL, "KBox::new");
        return new KBox<>(value);
    }

    /** KBox::new(value, GFP_ATOMIC): never sleeps. */
    @NoSleep
    public static <T> KBox<T> allocAtomic(@Owned T value) {
        Kmalloc.prepare(Gfp.ATOMIC, "KBox::new");
        return new KBox<>(value);
    }

    /** The boxed value, borrowed while the box is alive. */
    @Borrowed
    public T get() {
        if (dropped.get()) {
            throw new IllegalStateException("use after free: KBox<" + typeName() + "> was dropped");
        }
        return value;
    }

    /** Frees the box, running the value's destructor here. */
    @DecRef
    @Override
    public void close() {
        if (!dropped.compareAndSet(false, true)) {
            throw new IllegalStateException("KBox<" + typeName() + "> dropped twice (double free)");
        }
        if (value instanceof Drop) {
            AtomicContextTracker.DropFrame frame =
                    AtomicContextTracker.enterDrop("KBox<" + typeName() + "> -> " + typeName() + ".drop()");
            try {
                ((Drop) value).drop();
            } finally {
                AtomicContextTracker.exitDrop(frame);
            }
        }
    }

    private String typeName() {
        return value.getClass().getSimpleName();
    }
}
