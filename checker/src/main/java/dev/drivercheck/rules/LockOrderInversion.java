package dev.drivercheck.rules;

import dev.drivercheck.report.Finding;
import dev.drivercheck.report.Finding.Evidence;
import dev.drivercheck.report.Severity;
import dev.drivercheck.summary.LockGraph.Edge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A cycle in the lock-class graph (AB-BA, ABC-CA ...), including cycles closed by a declared
 * {@code @AcquiredBefore/@AcquiredAfter} order: two threads can each hold one lock of the cycle
 * and wait for the next. Reported once per cycle, at the acquisition among its edges that comes
 * first in file and line order, with every edge as evidence (lockdep's "existing dependency chain").
 */
public final class LockOrderInversion implements Rule {
  @Override
  public String name() {
    return "LockOrderInversion";
  }

  @Override
  public String summary() {
    return "lock classes taken in an order that forms a cycle (possible ABBA deadlock)";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    for (List<Edge> cycle : a.graph().cycles()) {
      Edge at = cycle.stream().filter(e -> !e.declared()).min(Comparator.comparing(Edge::site))
          .orElseGet(() -> cycle.stream().min(Comparator.comparing(Edge::site)).orElseThrow());
      List<String> names = new ArrayList<>();
      for (Edge e : cycle) {
        names.add(e.from().label());
      }
      names.add(cycle.get(0).from().label());
      List<Evidence> evidence = new ArrayList<>();
      for (Edge e : cycle) {
        evidence.add(new Evidence(e.describe(), e.site()));
        if (!e.declared() && e.taken().chain().size() > 1) {
          for (Evidence hop : e.taken().evidence()) {
            evidence.add(new Evidence("  " + hop.text(), hop.position()));
          }
        }
      }
      String message = at.to().label() + " is taken here while " + at.from().label()
          + " is held, and the lock classes form a cycle: " + String.join(" -> ", names)
          + "; threads taking them in these orders can deadlock";
      if (at.declared()) {
        out.add(new Finding(name(), Severity.ERROR, at.site(), message + " (declared orders contradict)",
            List.copyOf(evidence), java.util.Set.of()));
      } else {
        out.add(Analysis.finding(this, at.unit(), at.site(), message, evidence));
      }
    }
  }
}
