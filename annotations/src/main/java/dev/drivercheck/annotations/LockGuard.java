package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@code AutoCloseable} guard returned by an acquiring call: it holds the lock until its
 * {@code close()} (annotated {@link Releases @Releases}) runs, like the kernel's
 * {@code guard(mutex)(&lock)} / {@code scoped_guard} or Rust's {@code Guard}. The idiomatic scope
 * is try-with-resources.
 *
 * <p>Checked by: {@code LockLeak} (a guard not closed on some path, or one that escapes its scope:
 * stored in a field or returned from a method that is not {@link Acquires @Acquires});
 * {@code UnlockNotHeld} (closing it twice).
 *
 * <pre>{@code
 * try (var g = state.lock()) {
 *     g.get().pending++;
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface LockGuard {
}
