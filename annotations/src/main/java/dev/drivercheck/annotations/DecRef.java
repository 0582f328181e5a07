package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method gives up this reference (-1), like {@code kref_put()} or
 * {@code drm_gem_object_put()}; the last one runs the pointee's {@link Destructor @Destructor}.
 * The idiom is the {@code close()} of an {@code AutoCloseable} handle. A call is summarized as a
 * call of the destructor: it may sleep, and it acquires what the destructor acquires.
 *
 * <p>Checked by: {@code DropInAtomic} (a drop under a spinlock or in an IRQ handler whose
 * destructor may sleep), {@code RefDoubleRelease}, {@code RefUseAfterRelease},
 * {@code RecursiveLock} (the destructor takes a lock the caller holds).
 *
 * <pre>{@code
 * @DecRef @Override
 * public void close() { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface DecRef {
}
