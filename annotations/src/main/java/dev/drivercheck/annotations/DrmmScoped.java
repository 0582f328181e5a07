package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Valid until the DRM device is released, like a {@code drmm_*} managed resource (freed by
 * {@code drm_dev_put()} of the last reference, which may be long after unbind). On a type, every
 * instance is scoped; as a type use, one value is.
 *
 * <p>It outlives {@link DevmScoped @DevmScoped} values but not unscoped (refcounted or
 * garbage-collected) or static places.
 *
 * <p>Checked by: {@code DrmmEscape} (a value stored into an unscoped or static place).
 *
 * <pre>{@code
 * @DrmmScoped
 * public final class DrmFileTable { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
public @interface DrmmScoped {
}
