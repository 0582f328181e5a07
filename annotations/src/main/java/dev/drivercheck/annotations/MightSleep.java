package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method or constructor may block: it is, or calls, a kernel primitive that sleeps, the way
 * a C function that calls {@code might_sleep()} does ({@code mutex_lock}, {@code msleep},
 * {@code wait_event}, {@code copy_from_user}, a {@code GFP_KERNEL} allocation).
 *
 * <p>Put it on the leaves that really wait. The analyzer infers it for every analyzed method that
 * can reach one (through callees, overriders of virtual calls and in-place callbacks), so callers
 * need no annotation. Acquiring a lock of a sleeping {@link LockKind} is sleeping without it.
 *
 * <p>Checked by: {@code SleepInAtomic} (such a call while a spinlock, RCU read section or IRQ-off
 * section is held, or inside an {@link AtomicContext @AtomicContext} method),
 * {@code NoSleepViolated} (reached from a {@link NoSleep @NoSleep} body) and {@code DropInAtomic}
 * (reached from the {@link Destructor @Destructor} of a reference dropped in atomic context).
 * Combined with {@code @NoSleep} on one declaration it is {@code AnnotationMisuse}.
 *
 * <pre>{@code
 * @MightSleep
 * public static void msleep(int millis) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface MightSleep {
}
