package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A wrapper whose content is revoked when the device is unbound, like Rust's {@code Devres<T>}
 * and {@code Revocable<T>}. Holding the wrapper is fine anywhere; its content is reached only
 * through its access method and does not escape.
 *
 * <p>The access method ({@code try_access()}) is an ordinary {@link TryAcquires @TryAcquires} of
 * a {@link LockType @LockType}{@code (LockKind.RCU)} lock returning a
 * {@link LockGuard @LockGuard}, {@code null} once revoked; the access section is therefore atomic
 * by the ordinary lock rules.
 *
 * <p>Checked by: {@code DevmEscape} (the wrapper is the sanctioned way to keep a
 * {@link DevmScoped @DevmScoped} value; its content must not escape), {@code SleepInAtomic}
 * (sleeping inside the access section).
 *
 * <pre>{@code
 * try (var regs = this.regs.tryAccess()) {
 *     if (regs != null) regs.get().write32(GPU_CTRL, 1);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Revocable {
}
