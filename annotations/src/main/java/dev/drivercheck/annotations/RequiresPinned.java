package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The callee records the argument's identity (its address, in C): {@code list_add()} of a node,
 * an XArray store of an address-sensitive value, registering a work item or wait-queue entry.
 * The argument must be of a {@link Pinned @Pinned} type and pin-initialized.
 *
 * <p>Checked by: {@code RequiresPinned} (a movable, non-{@code @Pinned} value passed here).
 *
 * <pre>{@code
 * public void addTail(@RequiresPinned ListLinks node) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface RequiresPinned {
}
