package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method may be called only while the device is bound: from a
 * {@link BoundContext @BoundContext} method, from a method reached only from one, or under an
 * {@link EntersBound @EntersBound} guard. This is MMIO access or a {@code devm_*} call that
 * needs a {@code &Device<Bound>}.
 *
 * <p>Checked by: {@code UnboundAccess} (a call, direct or through callees, reachable from a
 * context that is not bound: ioctl paths, workqueue items, {@link AfterUnbind @AfterUnbind}
 * methods).
 *
 * <pre>{@code
 * @RequiresBound
 * public void kickFirmware() { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface RequiresBound {
}
