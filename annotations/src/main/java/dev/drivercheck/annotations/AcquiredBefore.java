package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that the lock class of this field is acquired before the named lock classes: the
 * "lock ordering" comment of a kernel header, made checkable. The order becomes edges of the lock
 * graph, so a single acquisition against it is reported, not only a full cycle.
 *
 * <p>Names are a {@link LockClass @LockClass} name, a field name of the same class,
 * {@code SimpleClassName.field}, or {@code pkg.Class.field}.
 *
 * <p>Checked by: {@code LockOrderInversion} (an acquisition against the declared order, or a
 * cycle through it). An ambiguous or unknown name is {@code AnnotationMisuse}.
 *
 * <pre>{@code
 * @AcquiredBefore({"txChannels", "Uat.shared"})
 * private final Mutex<RxChannels> rxChannels;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface AcquiredBefore {
    /**
     * The lock classes that must be acquired after this one (while this one is held, never the
     * other way round).
     *
     * @return lock class names or field names
     */
    String[] value();
}
