package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The argument is moved: swapped, replaced, taken out or copied, like
 * {@code core::mem::swap()}, {@code replace()} or {@code take()}. A pinned value must never be
 * moved.
 *
 * <p>Checked by: {@code PinnedMove} (a {@link Pinned @Pinned} argument).
 *
 * <pre>{@code
 * public static <T> void swap(@Moves Cell<T> a, @Moves Cell<T> b) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Moves {
}
