package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A checked promise that the code never sleeps: the body can never reach a sleeping call, so it
 * is safe to call under a spinlock or from an interrupt handler (what a kernel comment such as
 * "called with the fence lock held, must not sleep" promises).
 *
 * <p>On an interface or abstract method, every implementation and override is held to the
 * promise. On a type, it applies to all methods of the type. A {@link Destructor @Destructor}
 * marked {@code @NoSleep} lets its references be dropped in atomic context.
 *
 * <p>Checked by: {@code NoSleepViolated}, reported at the outermost sleeping call inside the body,
 * with the call chain to the sleeping leaf. Combined with {@link MightSleep @MightSleep} on one
 * declaration it is {@code AnnotationMisuse}.
 *
 * <pre>{@code
 * public interface FenceCallback {
 *     @NoSleep void signaled(Fence fence);   // every implementation must not sleep
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE})
public @interface NoSleep {
}
