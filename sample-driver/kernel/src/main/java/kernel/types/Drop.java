package kernel.types;

import dev.drivercheck.annotations.Destructor;

/**
 * A type with a destructor (Rust's Drop). {@link Arc} and {@code KBox} run it on the final put, in
 * whatever context that put happens: a destructor that sleeps makes every final put a sleeping
 * operation, which must then stay out of atomic sections. Java does not drop fields on its own:
 * {@code drop()} releases the references the object owns.
 */
public interface Drop {
    @Destructor
    void drop();
}
