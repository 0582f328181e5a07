package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An in-place initializer, like {@code pin_init!()} / {@code try_pin_init!()},
 * {@code KBox::pin_init()} or {@code Arc::pin_init()}: the only places where a
 * {@link Pinned @Pinned} instance may be constructed. Constructors of pinned containers that
 * fill their {@link Pin @Pin} fields are the usual case.
 *
 * <p>Checked by: {@code PinnedNotInPlace} ({@code new} of a {@code @Pinned} class outside such a
 * method or constructor).
 *
 * <pre>{@code
 * @PinInit
 * public static <T> Arc<T> pinInit(Supplier<T> init) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface PinInit {
}
