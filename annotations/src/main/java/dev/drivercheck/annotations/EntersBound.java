package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Returns a guard under which the device is bound, like {@code drm_dev_enter()} (closing the
 * guard is {@code drm_dev_exit()}); {@code null} or empty when the device is already unplugged.
 * Code inside the guarded scope may call {@link RequiresBound @RequiresBound} methods.
 *
 * <p>Checked by: {@code UnboundAccess} (a {@code @RequiresBound} call outside such a guard on an
 * unbound path).
 *
 * <pre>{@code
 * try (var idx = drm.enter()) {
 *     if (idx != null) gpu.kickFirmware();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface EntersBound {
}
