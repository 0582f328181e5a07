package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Like {@link Acquires @Acquires}, but the lock is held only when the call succeeds: it returns
 * {@code true}, a non-null value or a present {@code Optional}. This is {@code spin_trylock()},
 * {@code mutex_trylock()}, and the access method of a {@link Revocable @Revocable} wrapper
 * (which "acquires" an RCU read lock and returns {@code null} once revoked).
 *
 * <p>A try-lock never sleeps, whatever the lock kind, so it is never {@code SleepInAtomic}. On the
 * success path the lock is checked as after {@code @Acquires}: {@code LockLeak},
 * {@code RecursiveLock}, {@code LockOrderInversion}, {@code IrqUnsafeLock},
 * {@code UnlockNotHeld}.
 *
 * <pre>{@code
 * @TryAcquires
 * public Guard<T> tryLock() { ... }   // null when contended
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface TryAcquires {
    /**
     * The locks acquired on success, as lock expressions ({@code "this"}, {@code "field"},
     * {@code "a.b"}, {@code "#0"}, {@code "#0.resv"}).
     *
     * @return the lock expressions; the receiver by default
     */
    String[] value() default "this";

    /**
     * Whether a successful acquisition also disables local interrupts, like
     * {@code spin_trylock_irqsave()}.
     *
     * @return {@code true} for an irqsave acquisition
     */
    boolean irqsOff() default false;

    /**
     * Index of an {@code int} parameter that carries the lockdep nesting subclass; {@code -1}
     * (the default) means subclass 0. See {@link Acquires#subclassParam()}.
     *
     * @return the parameter index, or {@code -1}
     */
    int subclassParam() default -1;
}
