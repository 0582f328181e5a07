package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A structurally pinned field, like {@code #[pin]} in a {@code #[pin_data]} struct: the
 * {@link Pinned @Pinned} object is embedded in place in its owner, so the field is
 * {@code final} and the owner is {@code @Pinned} too.
 *
 * <p>Checked by: {@code PinnedStructural} (the field is not {@code final} or is reassigned, or
 * its class is not {@code @Pinned}); a {@code @Pin} field whose type is not {@code @Pinned} is
 * {@code AnnotationMisuse}.
 *
 * <pre>{@code
 * @Pinned final class GpuManager {
 *     @Pin private final Mutex<RxChannels> rxChannels;
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Pin {
}
