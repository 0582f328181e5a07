package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The device is guaranteed bound while this method runs: probe, remove and other bus callbacks
 * that receive a {@code &Device<Bound>} in Rust. It is a root of bound contexts for the lifetime
 * rules.
 *
 * <p>Checked by: {@code UnboundAccess} ({@link RequiresBound @RequiresBound} calls are allowed here
 * and in methods reached only from here).
 *
 * <pre>{@code
 * @BoundContext @Override
 * public void probe(PlatformDevice pdev) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface BoundContext {
}
