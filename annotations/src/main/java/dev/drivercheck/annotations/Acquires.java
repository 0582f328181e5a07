package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The call returns with the named lock(s) held, like {@code mutex_lock()} or
 * {@code spin_lock_irqsave()}, or a C function annotated {@code __acquires(x)}. If the method
 * returns a {@link LockGuard @LockGuard} type, the returned guard holds the lock and closing it
 * releases it.
 *
 * <p>Lock expressions are resolved relative to the receiver: {@code "this"}, a field
 * ({@code "inner"}), a dotted path ({@code "vm.binding"}), a parameter ({@code "#0"}) or a path
 * from one ({@code "#0.resv"}).
 *
 * <p>Checked by: {@code LockLeak} (callers must release the lock on every path; the annotated
 * method itself is exempt for it), {@code RecursiveLock}, {@code LockOrderInversion} and
 * {@code IrqUnsafeLock} (the acquisition is an edge in the lock graph), {@code SleepInAtomic}
 * (acquiring a sleeping kind in atomic context). An expression that names nothing, or no lock, is
 * {@code AnnotationMisuse}.
 *
 * <pre>{@code
 * @Acquires                        // mutex_lock(&this)
 * public Guard<T> lock() { ... }
 * @Acquires(value = "#0", subclassParam = 1)
 * static void lockNested(Mutex<?> m, int subclass) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Acquires {
    /**
     * The locks acquired, as lock expressions ({@code "this"}, {@code "field"},
     * {@code "a.b"}, {@code "#0"}, {@code "#0.resv"}).
     *
     * @return the lock expressions; the receiver by default
     */
    String[] value() default "this";

    /**
     * Whether the acquisition also disables local interrupts, like {@code spin_lock_irqsave()} or
     * {@code spin_lock_irq()}. While such a lock is held, interrupts count as disabled, so the
     * acquisitions made under it are IRQ-safe for {@code IrqUnsafeLock}.
     *
     * @return {@code true} for an irqsave acquisition
     */
    boolean irqsOff() default false;

    /**
     * Index of an {@code int} parameter that carries the lockdep nesting subclass, like the
     * {@code subclass} argument of {@code mutex_lock_nested()} or {@code spin_lock_nested()}.
     * Different subclasses of one lock class are different nodes of the lock graph, so nesting
     * them is not {@code RecursiveLock}. {@code -1} (the default): the subclass is 0.
     *
     * @return the parameter index, or {@code -1}
     */
    int subclassParam() default -1;
}
