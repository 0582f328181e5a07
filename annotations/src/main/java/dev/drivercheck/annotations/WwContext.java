package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The acquire-context type of the ww_mutex protocol, like {@code struct ww_acquire_ctx}. A ww
 * operation ({@link WwOp @WwOp}) takes its context as its first parameter of this type; the
 * context is created by a {@link WwOp.Kind#CTX_INIT} constructor or factory.
 *
 * <p>Checked by: {@code WwContextMisuse} (acquiring after {@code CTX_DONE}, {@code CTX_FINI} with
 * locks held or never reached, two live contexts in one method, mutex and context of different
 * ww classes), {@code WwMissingContext}, {@code WwBackoffViolation},
 * {@code WwDeadlockIgnored}.
 *
 * <pre>{@code
 * @WwContext
 * public final class WwAcquireCtx { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WwContext {
}
