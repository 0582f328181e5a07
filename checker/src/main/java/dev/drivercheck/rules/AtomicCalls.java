package dev.drivercheck.rules;

import dev.drivercheck.flow.CallSite;
import dev.drivercheck.flow.Unit;
import dev.drivercheck.report.Finding.Evidence;
import dev.drivercheck.summary.Contexts.Cause;
import dev.drivercheck.summary.Witness;
import java.util.ArrayList;
import java.util.List;

/** The shared walk of SleepInAtomic and DropInAtomic: calls in atomic context that may sleep. */
final class AtomicCalls {
  private AtomicCalls() {}

  interface Visitor {
    void visit(Unit u, CallSite c, List<Cause> causes, Witness w);
  }

  static void forEach(Analysis a, Visitor v) {
    for (Unit u : a.program().units()) {
      for (CallSite c : u.calls()) {
        List<Cause> causes = a.contexts().atomicAt(u, c);
        if (causes.isEmpty()) {
          continue;
        }
        Witness w = a.summaries().callSleeps(c, false);
        if (w != null) {
          v.visit(u, c, causes, w);
        }
      }
    }
  }

  /** The innermost cause names the section; the others are evidence. */
  static String because(List<Cause> causes) {
    return causes.get(causes.size() - 1).text();
  }

  static List<Evidence> evidence(List<Cause> causes, Witness w) {
    List<Evidence> out = new ArrayList<>();
    for (Cause c : causes) {
      out.add(new Evidence("atomic: " + c.text(), c.position()));
    }
    out.addAll(w.evidence());
    return out;
  }
}
