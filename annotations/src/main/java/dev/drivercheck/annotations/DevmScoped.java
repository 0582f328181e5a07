package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Valid only while the device is bound (from probe to remove), like a {@code devm_*} resource:
 * an MMIO mapping, an IRQ registration, the bound-device proof ({@code &Device<Bound>}). On a
 * type, every instance is scoped; as a type use, one value is.
 *
 * <p>Lifetime order, longest first: static, unscoped (the default), {@link DrmmScoped @DrmmScoped},
 * {@code @DevmScoped}, borrowed. A value may flow only into places whose owner lives no longer
 * than the value; a {@link Revocable @Revocable} wrapper is the sanctioned way to keep it longer.
 *
 * <p>Checked by: {@code DevmEscape} (stored in a longer-lived field, static, collection or array,
 * captured by a deferred {@link RunsIn @RunsIn} callback, put into an {@code Arc}),
 * {@code UnboundAccess} (used from an {@link AfterUnbind @AfterUnbind} method).
 *
 * <pre>{@code
 * @DevmScoped
 * public final class IoMem { ... }
 * void probe(@DevmScoped Device dev) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
public @interface DevmScoped {
}
