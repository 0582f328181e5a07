package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Holds or transfers ownership of a counted reference: it must be released
 * ({@link DecRef @DecRef}) or handed on exactly once, like a C pointer documented "the caller
 * owns a reference" or a Rust {@code ARef} passed by value. On a method it describes the result,
 * on a parameter the callee takes over the caller's reference.
 *
 * <p>Defaults follow the Checker Framework's Resource Leak Checker: factory and constructor
 * results and returned values are owned, parameters are borrowed, fields are owned.
 *
 * <p>Checked by: {@code RefLeak}, {@code RefDoubleRelease}, {@code RefUseAfterRelease}.
 *
 * <pre>{@code
 * public void submit(@Owned Arc<Job> job) {
 *     pending.add(job);                  // ownership handed to the list
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.LOCAL_VARIABLE})
public @interface Owned {
}
