package dev.drivercheck.rules;

import dev.drivercheck.flow.HeldLock;
import dev.drivercheck.flow.WwEvent;
import dev.drivercheck.report.Finding;
import dev.drivercheck.report.Finding.Evidence;
import java.util.List;

/**
 * A second ww lock of one ww class taken without an acquire context while another of that class
 * is held: only a context orders locks of one ww class (by its stamp, with -EDEADLK back-off);
 * without one, two tasks taking two such locks in opposite orders deadlock.
 */
public final class WwMissingContext implements Rule {
  @Override
  public String name() {
    return "WwMissingContext";
  }

  @Override
  public String summary() {
    return "a second ww lock of one class taken without an acquire context";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    WwEvents.forEach(a, WwEvent.Kind.MISSING_CONTEXT, (u, e) -> {
      String cls = a.locks().canonical(e.mutexClass()).key();
      for (HeldLock h : e.other()) {
        if (a.locks().canonical(h.cls()).key().equals(cls)) {
          out.add(Analysis.finding(this, u, e.at(), "a ww lock of class " + a.locks().canonical(e.mutexClass()).name()
              + " is taken without an acquire context while " + h.describe() + " of the same ww class is held;"
              + " locks of one ww class nest only under one context (pass it, and handle -EDEADLK)",
              List.of(new Evidence("held: " + h.describe(), h.site()))));
          return;
        }
      }
    });
  }
}
