package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Unplugs the DRM device, like {@code drm_dev_unplug()}: from now on
 * {@link EntersBound @EntersBound} guards fail and userspace can no longer reach the hardware.
 *
 * <p>Checked by: {@code UnplugNotFirst} (it must be the first effect of a
 * {@link RemoveCallback @RemoveCallback}).
 *
 * <pre>{@code
 * @Unplug
 * public void unplug() { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Unplug {
}
