package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that the lock class of this field is acquired after the named lock classes: the
 * inverse of {@link AcquiredBefore @AcquiredBefore}, for when the outer lock lives in another
 * class. The order becomes edges of the lock graph.
 *
 * <p>Names are a {@link LockClass @LockClass} name, a field name of the same class,
 * {@code SimpleClassName.field}, or {@code pkg.Class.field}.
 *
 * <p>Checked by: {@code LockOrderInversion} (an acquisition against the declared order, or a
 * cycle through it). An ambiguous or unknown name is {@code AnnotationMisuse}.
 *
 * <pre>{@code
 * @AcquiredAfter("GpuManager.alloc")
 * private final SpinLock<Slots> slots;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface AcquiredAfter {
    /**
     * The lock classes that must be acquired before this one (this one is taken while they are
     * held, never the other way round).
     *
     * @return lock class names or field names
     */
    String[] value();
}
