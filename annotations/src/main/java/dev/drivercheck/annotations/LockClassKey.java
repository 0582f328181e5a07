package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Instances of this type are lockdep class keys, like {@code struct lock_class_key}: passed to a
 * lock's constructor, a key gives every lock made with it one lock class. As in the kernel, a key
 * must have static storage: it must live in a {@code static final} field.
 *
 * <p>Checked by: {@code LockClassKeyNotStatic} (warning), for a key created anywhere but a
 * {@code static final} initializer, such as one made per instance (a dynamic key that is never
 * unregistered).
 *
 * <pre>{@code
 * @LockClassKey
 * public final class ClassKey { ... }
 * static final ClassKey VM_LOCK = new ClassKey("vm_lock");
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LockClassKey {
}
