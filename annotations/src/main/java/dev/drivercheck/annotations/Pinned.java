package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The type is {@code !Unpin}: once initialized, an instance's identity (its address, in C) must
 * never change, because it is self-referential or its address is registered somewhere: locks,
 * {@code list_head} nodes, work items, wait queues. Instances are made only by
 * {@link PinInit @PinInit} initializers and never moved or copied.
 *
 * <p>Checked by: {@code PinnedMove} (passed to a {@link Moves @Moves} parameter, cloned, or
 * copied by a copy constructor), {@code PinnedNotInPlace} ({@code new} outside a
 * {@code @PinInit} context), {@code PinnedStructural} (owner of {@link Pin @Pin} fields),
 * {@code RequiresPinned} (only pinned values may go to a
 * {@link RequiresPinned @RequiresPinned} parameter).
 *
 * <pre>{@code
 * @Pinned
 * public final class WorkItem { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Pinned {
}
