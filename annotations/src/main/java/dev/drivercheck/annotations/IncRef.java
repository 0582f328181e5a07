package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method returns a new owned reference (+1), like {@code kref_get()} or
 * {@code drm_gem_object_get()} followed by handing out the pointer: {@code Arc.clone()},
 * {@code ARef.from(obj)}.
 *
 * <p>Checked by: {@code RefLeak} (the result must be released or handed on exactly once);
 * {@code BorrowEscape} (storing a borrowed reference is fine only through an {@code @IncRef}
 * call).
 *
 * <pre>{@code
 * @IncRef @Override
 * public Arc<T> clone() { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface IncRef {
}
