package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs on the final drop of a counted object: the kref release function, Rust's
 * {@code Drop::drop()} (the {@code Drop.drop()} of the kernel model). Whether it may sleep
 * decides whether dropping a reference may sleep; mark it {@link NoSleep @NoSleep} when it must
 * be safe in atomic context.
 *
 * <p>Checked by: {@code DropInAtomic} (its sleeping call is named in the report),
 * {@code RecursiveLock} (it takes a lock that the dropping caller holds), {@code RefLeak}
 * (warning: an {@link Owned owned} field of its class that it does not release).
 *
 * <pre>{@code
 * @Destructor @Override
 * public void drop() { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Destructor {
}
