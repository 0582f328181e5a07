package kernel.types;

/**
 * An in-place initializer (the model of {@code impl PinInit<T>}, what {@code pin_init!} builds): it
 * receives the slot it fills and constructs the value there. Pinned objects constructed while it
 * runs (the value itself and the {@code @Pin} fields its constructor fills) take that slot as their
 * home. Run it through {@link Pin#box(PinInit)} or {@link Arc#pinInit(PinInit)}.
 *
 * <pre>{@code
 * Pin<Device> dev = Pin.box(slot -> new Device("gpu"));
 * }</pre>
 */
@FunctionalInterface
public interface PinInit<T> {
    /** Builds the value inside {@code slot}; must return an object constructed by this call. */
    T init(Pin<T> slot);
}
