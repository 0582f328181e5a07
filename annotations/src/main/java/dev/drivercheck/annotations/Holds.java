package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Precondition: callers hold the named lock(s), like {@code lockdep_assert_held()} at the top of a
 * C function or a {@code __must_hold(x)} annotation. The body is analyzed with the locks held.
 *
 * <p>Checked by: {@code LockNotHeld}, at each call made without holding the lock (reported at the
 * outermost call, with the chain).
 *
 * <pre>{@code
 * @Holds("lock")
 * private void updateLocked(int value) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Holds {
    /**
     * The locks callers must hold, as lock expressions ({@code "this"}, {@code "field"},
     * {@code "a.b"}, {@code "#0"}, {@code "#0.resv"}).
     *
     * @return the lock expressions
     */
    String[] value();
}
