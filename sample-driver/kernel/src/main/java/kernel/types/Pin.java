package kernel.types;

import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.PinInit;
import dev.drivercheck.annotations.Pinned;
import java.util.Objects;
import kernel.debug.AtomicContextTracker;
import kernel.debug.CallSite;

/**
 * A pinned heap slot ({@code Pin<KBox<T>>}): its value is constructed inside it by a
 * {@link kernel.types.PinInit} initializer and never leaves it. The slot is the value's home: the
 * pinned kernel objects built while the initializer runs remember it (see {@link PinHome}), so an
 * object that is moved in from elsewhere is detected. References to the slot and to its value may
 * be copied and stored freely; it is the value that does not move.
 *
 * <pre>{@code
 * Pin<Device> dev = Pin.box(slot -> new Device());   // Device is @Pinned, its locks are @Pin fields
 * }</pre>
 */
@Pinned
public final class Pin<T> {
    /** The slot whose initializer runs on this thread (innermost first; initializers nest). */
    private static final ThreadLocal<Pin<?>> FILLING = new ThreadLocal<>();

    private final String site;
    private T value;

    private Pin(String site) {
        this.site = site;
    }

    /** KBox::pin_init(init, GFP_KERNEL): allocates the slot (may sleep) and initializes it in place. */
    @PinInit
    @MightSleep
    public static <T> Pin<T> box(kernel.types.PinInit<T> init) {
        AtomicContextTracker.mightSleep("KBox::pin_init(GFP_KERNEL)");
        return fill(init, CallSite.describeUser());
    }

    /** Runs {@code init} with a new slot as the home of what it builds; shared with Arc.pinInit. */
    @PinInit
    static <T> Pin<T> fill(kernel.types.PinInit<T> init, String site) {
        Objects.requireNonNull(init, "init");
        Pin<T> slot = new Pin<>(site);
        Pin<?> outer = FILLING.get();
        FILLING.set(slot);
        T v;
        try {
            v = Objects.requireNonNull(init.init(slot), "pin-init returned null");
        } finally {
            if (outer == null) {
                FILLING.remove();
            } else {
                FILLING.set(outer);
            }
        }
        if (v instanceof PinnedObject p) {
            p.pinHome().settle(slot, v, site);
        }
        slot.value = v;
        return slot;
    }

    /** The slot being initialized on this thread, or null. */
    static Pin<?> filling() {
        return FILLING.get();
    }

    /** The pinned value; throws while the initializer is still running. */
    public T get() {
        T v = value;
        if (v == null) {
            throw new IllegalStateException(describe() + " is used before its initializer returned");
        }
        if (v instanceof PinnedObject p) {
            p.pinHome().checkUse(v);
        }
        return v;
    }

    /** Whether this slot is the home of {@code obj} (it was built by this slot's initializer). */
    public boolean isHomeOf(PinnedObject obj) {
        return obj.pinHome().slot() == this;
    }

    String describe() {
        return "Pin(" + site + ")";
    }

    @Override
    public String toString() {
        return describe() + (value == null ? " (initializing)" : "[" + value + "]");
    }
}
