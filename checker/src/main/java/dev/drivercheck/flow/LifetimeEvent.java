package dev.drivercheck.flow;

import dev.drivercheck.facts.Facts;
import dev.drivercheck.report.Position;

/**
 * A lifetime fact the flow analysis saw: a scoped value stored where it can outlive its scope, or
 * a remove() whose first effect is not the unplug.
 *
 * @param scope for an escape: the value's scope
 * @param value what is stored (its type), or what the early effect is
 * @param place where it is stored, or why the remove() is wrong
 */
public record LifetimeEvent(Kind kind, Facts.Scope scope, Position at, String value, String place) {

  public enum Kind {
    /** A devm or drmm value kept by a longer-lived owner, static storage, or deferred work. */
    ESCAPE,
    /** An effect of a remove() before it unplugs the DRM device. */
    BEFORE_UNPLUG,
    /** A remove() that leaves on some path without unplugging. */
    NEVER_UNPLUGS,
    /** A counted reference released a second time (value: the reference; place: the call). */
    DOUBLE_RELEASE,
    /** A counted reference used after its release (value: the reference; place: the use). */
    USE_AFTER_RELEASE,
    /** An owned reference neither released nor handed on (value: the reference; place: how). */
    REF_LEAK,
    /** A loan handed on where it can outlive the loan (value: the loan; place: where it went). */
    BORROW_ESCAPE
  }
}
