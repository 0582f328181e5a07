package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Each instance is one counted reference, like a pointer obtained with {@code kref_get()}. Either
 * a handle ({@code Arc<T>}, {@code ARef<T>}: the pointee is the first type argument) or an
 * intrusively counted object (a GEM object: the pointee is the object itself). Acquire a
 * reference with an {@link IncRef @IncRef} method, give it up with a {@link DecRef @DecRef}
 * method; the last one runs the pointee's {@link Destructor @Destructor}.
 *
 * <p>Checked by: {@code RefLeak}, {@code RefDoubleRelease}, {@code RefUseAfterRelease},
 * {@code BorrowEscape}, and {@code DropInAtomic} (a final drop in atomic context whose destructor
 * may sleep).
 *
 * <pre>{@code
 * @Refcounted
 * public final class Arc<T> implements AutoCloseable { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Refcounted {
}
