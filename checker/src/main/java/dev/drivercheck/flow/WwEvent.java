package dev.drivercheck.flow;

import dev.drivercheck.facts.LockClass;
import dev.drivercheck.report.Position;
import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * A ww_mutex protocol event the flow analysis saw, for the ww rules to judge: most are findings
 * as they stand; some need whole-program facts (canonical ww classes, whether a helper can return
 * -EDEADLK at all).
 *
 * @param kind which rule it belongs to
 * @param at where it is reported
 * @param message the finding's text
 * @param mutexClass for MISSING_CONTEXT and a class mismatch: the class of the mutex taken
 * @param other for MISSING_CONTEXT and RECURSIVE, the held ww locks; unused otherwise
 * @param ctxClass for a class mismatch: the context's ww class
 * @param helper a helper whose status this is about: reported only if it can return -EDEADLK
 */
public record WwEvent(Kind kind, Position at, String message, LockClass mutexClass, List<HeldLock> other,
    LockClass ctxClass, ExecutableElement helper) {

  public enum Kind { MISSING_CONTEXT, DEADLOCK_IGNORED, BACKOFF_VIOLATION, CONTEXT_MISUSE, CLASS_MISMATCH, RECURSIVE }

  static WwEvent of(Kind kind, Position at, String message) {
    return new WwEvent(kind, at, message, null, List.of(), null, null);
  }
}
