package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The callback passed to this parameter runs during the call, in the caller's context and under
 * the caller's locks: the body of {@code lock.withGuard(() -> ...)}, the visitor of
 * {@code xa.forEach(...)}, the kernel's {@code scoped_guard} or {@code list_for_each} bodies.
 *
 * <p>The analyzer treats the callback's body as if it were written at the call site: a sleeping
 * call inside it under a spinlock is {@code SleepInAtomic}, its acquisitions add edges to the lock
 * graph ({@code LockOrderInversion}, {@code RecursiveLock}). Where the callee's source is
 * analyzed this is inferred; the annotation is for callees seen only as class files.
 *
 * <p>When the callee takes a lock around the callback ({@code withLock}), say so by putting both
 * {@link Acquires} and {@link Releases} of that lock on it: the lock is held while the call runs,
 * so the callback runs under it, and it is not held after the call returns.
 *
 * <pre>{@code
 * @Acquires @Releases
 * public <R> R withGuard(@CalledInPlace Function<T, R> body) { ... }
 * public void forEach(@CalledInPlace BiConsumer<Long, T> visitor) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface CalledInPlace {
}
