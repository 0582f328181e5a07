package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A loan of a counted reference: never released, and never stored where it can outlive the loan
 * unless a new reference is taken with {@link IncRef @IncRef}; like Rust's {@code &T} or
 * {@code ArcBorrow}. Parameters are borrowed by default; on a method it describes the result (a
 * getter lending out a field).
 *
 * <p>Checked by: {@code BorrowEscape} (a borrowed reference stored into a field, collection or
 * capture without {@code @IncRef}).
 *
 * <pre>{@code
 * @Borrowed
 * public Device device() { return dev; }   // callers must not drop it
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Borrowed {
}
