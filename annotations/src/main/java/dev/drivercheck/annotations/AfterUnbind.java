package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs after the device is unbound: a {@code drmm} release action, the final DRM device release.
 * The hardware and {@code devm} resources are gone.
 *
 * <p>Checked by: {@code UnboundAccess} (a {@link DevmScoped @DevmScoped} access or a
 * {@link RequiresBound @RequiresBound} call, direct or through callees).
 *
 * <pre>{@code
 * @AfterUnbind @Override
 * public void release(DrmDevice drm) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface AfterUnbind {
}
