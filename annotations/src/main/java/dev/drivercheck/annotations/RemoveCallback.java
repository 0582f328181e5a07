package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The driver's {@code remove()} callback: its first effect must be the call of an
 * {@link Unplug @Unplug} method ("{@code drm_dev_unplug()} really is the first thing done in
 * {@code ->remove}"), so that no new ioctl can enter while the device is torn down.
 *
 * <p>Checked by: {@code UnplugNotFirst} (reported at the first effect before the unplug, or at
 * the method when it never unplugs).
 *
 * <pre>{@code
 * @RemoveCallback @BoundContext @Override
 * public void remove(PlatformDevice pdev) { drm.unplug(); ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface RemoveCallback {
}
