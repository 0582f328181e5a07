package dev.drivercheck.rules;

import dev.drivercheck.facts.Facts;
import dev.drivercheck.facts.MethodFacts;
import dev.drivercheck.flow.CallSite;
import dev.drivercheck.flow.Unit;
import dev.drivercheck.report.Finding;
import dev.drivercheck.report.Finding.Evidence;
import dev.drivercheck.summary.BoundSummaries;
import java.util.ArrayList;
import java.util.List;

/**
 * Hardware reached where the device may not be bound: a {@code @RequiresBound} call (directly or
 * below callees) from an entry point that is no bound context (an ioctl, deferred work, anything
 * nothing analyzed calls) outside a drm_dev_enter section, or from an {@code @AfterUnbind} method;
 * and a {@code @DevmScoped} value used in an {@code @AfterUnbind} method. Reported at the
 * outermost call, in the entry point.
 */
public final class UnboundAccess implements Rule {
  @Override
  public String name() {
    return "UnboundAccess";
  }

  @Override
  public String summary() {
    return "a @RequiresBound call reachable where the device may not be bound";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    BoundSummaries bound = a.bound();
    for (Unit u : a.program().units()) {
      String why = unbound(a, u);
      if (why == null) {
        continue;
      }
      boolean afterUnbind = why.startsWith("it runs after unbind");
      for (CallSite c : u.calls()) {
        BoundSummaries.Need n = bound.at(c);
        if (n != null) {
          List<Evidence> evidence = new ArrayList<>();
          for (int i = 0; i < n.chain().size(); i++) {
            evidence.add(new Evidence("calls " + n.chain().get(i) + " at " + n.sites().get(i).shortText(),
                n.sites().get(i)));
          }
          out.add(Analysis.finding(this, u, c.position(), n.chain().get(n.chain().size() - 1)
              + " needs the device bound (@RequiresBound), but " + u.display() + " may run when it is not: " + why
              + "; enter it first (drm_dev_enter, @EntersBound) or move the access to a bound context"
              + (n.chain().size() > 1 ? "; called via " + u.display() + " -> " + String.join(" -> ", n.chain()) : ""),
              evidence));
        } else if (afterUnbind && c.receiverType() != null
            && a.program().facts().scope(c.receiverType()) == Facts.Scope.DEVM) {
          out.add(Analysis.finding(this, u, c.position(), u.display() + " uses a " + Facts.simpleName(c.receiverType())
              + " (@DevmScoped) after unbind, when it is already released (" + why + ")", List.of()));
        }
      }
    }
  }

  /** Why the body may run unbound, or null when it is bound or judged at its callers. */
  private static String unbound(Analysis a, Unit u) {
    if (u.kind() == Unit.Kind.METHOD) {
      MethodFacts.Binding b = a.program().facts().method(u.method()).binding();
      if (b == MethodFacts.Binding.AFTER_UNBIND) {
        return "it runs after unbind (@AfterUnbind)";
      }
      if (b == MethodFacts.Binding.NONE && !a.locks().hasCallers(u)) {
        return "it is an entry point (an ioctl, a callback) that nothing bound calls";
      }
      return null;
    }
    if (u.kind() == Unit.Kind.LAMBDA && a.contexts().deferred(u)) {
      return "it is deferred work, which may run after unbind";
    }
    return null;
  }
}
