package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The call releases the named lock(s), like {@code mutex_unlock()} or
 * {@code spin_unlock_irqrestore()}, or a C function annotated {@code __releases(x)}. The lock is
 * taken to be held on entry. On the {@code close()} of a {@link LockGuard @LockGuard} type it
 * releases whatever that guard holds.
 *
 * <p>A guard passed as an argument to a method (a condition-variable wait that drops and retakes
 * the lock) is lent, not released or escaped.
 *
 * <p>Checked by: {@code UnlockNotHeld} (releasing a lock that is not held on some path, such as a
 * double unlock); the release ends the held section for {@code LockLeak} and the atomic rules.
 *
 * <pre>{@code
 * @Releases
 * public void unlock() { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Releases {
    /**
     * The locks released, as lock expressions ({@code "this"}, {@code "field"}, {@code "a.b"},
     * {@code "#0"}, {@code "#0.resv"}). On a guard's {@code close()} the default means the
     * lock(s) the guard holds.
     *
     * @return the lock expressions; the receiver by default
     */
    String[] value() default "this";
}
