package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Precondition: callers do <em>not</em> hold the named lock(s), like
 * {@code lockdep_assert_not_held()}: the method takes the lock itself, or waits for work that
 * takes it ({@code flush_work()} on an item that locks it).
 *
 * <p>Checked by: {@code LockNotHeld}, at each call made while holding the lock.
 *
 * <pre>{@code
 * @Excludes("lock")
 * public void flush() { ... }   // takes this.lock itself
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Excludes {
    /**
     * The locks callers must not hold, as lock expressions ({@code "this"}, {@code "field"},
     * {@code "a.b"}, {@code "#0"}, {@code "#0.resv"}).
     *
     * @return the lock expressions
     */
    String[] value();
}
