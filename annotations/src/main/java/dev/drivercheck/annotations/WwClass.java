package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A ww class, like {@code DEFINE_WW_CLASS()} (wound-wait) or {@code DEFINE_WD_CLASS()}
 * (wait-die): the set of ww mutexes that one acquire context may lock together, such as all
 * dma-buf reservation locks.
 *
 * <p>On a type: its instances are ww classes, and a {@code static final} field holding one names
 * the class. A ww mutex's class is read from the constant passed to its constructor. On a ww-mutex
 * field: names the class of the mutex stored there, when it cannot be read from the constructor.
 *
 * <p>Checked by: {@code WwMissingContext} (a second lock of one ww class taken without a
 * context), {@code WwContextMisuse} (mutex and context of different ww classes), and
 * {@code RecursiveLock} (two locks of one ww class under one context are not recursive).
 *
 * <pre>{@code
 * public static final WwLockClass reservation = new WwLockClass(true);   // type is @WwClass
 * @WwClass("reservation")
 * private final WwMutex<Object> resv;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface WwClass {
    /**
     * On a field: the ww class of the mutex(es) stored there, by the name of the
     * {@code static final} field that holds the class. Empty (the default) on a type, and on a
     * field whose class is read from the mutex's constructor argument.
     *
     * @return the ww class name, or {@code ""}
     */
    String value() default "";
}
