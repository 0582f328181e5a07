package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the lockdep class of the lock(s) stored in this field, parameter or local variable, like
 * the static {@code lock_class_key} behind a {@code mutex_init()} site or Rust's
 * {@code static_lock_class!()}. Declarations with the same name share one class.
 *
 * <p>Without it, a lock field's class is {@code DeclaringClass.field} (one class per
 * declaration, as one key per init site); all elements of a lock array or collection field share
 * that class; a lock created elsewhere takes its allocation site, or the
 * {@link LockClassKey @LockClassKey} constant passed to its constructor.
 *
 * <p>Lock classes are the nodes of the lock graph checked by {@code LockOrderInversion},
 * {@code RecursiveLock} and {@code IrqUnsafeLock}, and the names shown in their messages.
 *
 * <pre>{@code
 * @LockClass("handoff_flush")
 * private final Mutex<HandoffFlush>[] handoffFlush;   // one class for all elements
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.LOCAL_VARIABLE})
public @interface LockClass {
    /**
     * The lock class name. Equal names denote one class across the compilation; the name can be
     * used in {@link AcquiredBefore @AcquiredBefore} and {@link AcquiredAfter @AcquiredAfter}.
     *
     * @return the lock class name
     */
    String value();
}
