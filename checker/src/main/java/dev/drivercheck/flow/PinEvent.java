package dev.drivercheck.flow;

import dev.drivercheck.report.Position;

/**
 * Something a body does to a {@code @Pinned} object (or to a place that needs one), for the
 * pinning rules.
 *
 * @param kind what happened
 * @param at the {@code new}, the argument, the call or the assignment
 * @param type the pinned (or not pinned) type involved, as messages show it
 * @param detail the callee, the field, or the copied type
 * @param inPlace for a {@code new}: in a pin-init context (a {@code @PinInit} body, a {@code @Pin}
 *     field it fills, an argument of a {@code @PinInit} call)
 */
public record PinEvent(Kind kind, Position at, String type, String detail, boolean inPlace) {

  public enum Kind {
    /** {@code new} of a pinned type. */
    NEW,
    /** {@code new X(x)}: a pinned object copied. */
    COPY,
    /** {@code x.clone()} of a pinned object. */
    CLONE,
    /** A pinned value passed to a {@code @Moves} parameter. */
    MOVED,
    /** A value that is not pinned passed to a {@code @RequiresPinned} parameter. */
    NOT_PINNED,
    /** A {@code @Pin} field assigned outside its class's construction. */
    PIN_FIELD_WRITE
  }

  PinEvent builtInPlace() {
    return new PinEvent(kind, at, type, detail, true);
  }
}
