package dev.drivercheck.summary;

import dev.drivercheck.engine.Program;
import dev.drivercheck.facts.Facts;
import dev.drivercheck.facts.MethodFacts;
import dev.drivercheck.flow.CallSite;
import dev.drivercheck.flow.Unit;
import dev.drivercheck.report.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which bodies need the device bound: they call a {@code @RequiresBound} method, directly or below
 * a callee or an in-place callback, outside a drm_dev_enter section ({@code @EntersBound}) and
 * outside a {@code @BoundContext}. Computed bottom-up like the other summaries; judged at the
 * entry points that may run unbound (UnboundAccess).
 */
public final class BoundSummaries {

  /** Why a call needs the device bound: the chain down to the {@code @RequiresBound} method. */
  public record Need(List<String> chain, List<Position> sites) {
    Need via(String callee, Position site) {
      List<String> c = new ArrayList<>(List.of(callee));
      c.addAll(chain);
      List<Position> s = new ArrayList<>(List.of(site));
      s.addAll(sites);
      return new Need(List.copyOf(c), List.copyOf(s));
    }
  }

  private final Program program;
  private final Summaries summaries;
  private final Map<Object, Need> needs = new HashMap<>();

  private BoundSummaries(Program program, Summaries summaries) {
    this.program = program;
    this.summaries = summaries;
  }

  public static BoundSummaries compute(Program program, Summaries summaries) {
    BoundSummaries b = new BoundSummaries(program, summaries);
    for (List<Unit> scc : summaries.sccs()) {
      boolean changed = true;
      while (changed) {
        changed = false;
        for (Unit u : scc) {
          if (!b.needs.containsKey(u.key())) {
            Need n = b.body(u);
            if (n != null) {
              b.needs.put(u.key(), n);
              changed = true;
            }
          }
        }
      }
    }
    return b;
  }

  /** The first call of the body that needs the device bound, or null. */
  private Need body(Unit u) {
    if (u.method() != null) {
      MethodFacts.Binding b = program.facts().method(u.method()).binding();
      if (b == MethodFacts.Binding.BOUND_CONTEXT || b == MethodFacts.Binding.REQUIRES_BOUND) {
        return null; // bound in here, or its callers answer for it
      }
    }
    for (CallSite c : u.calls()) {
      Need n = at(c);
      if (n != null) {
        return n;
      }
    }
    return null;
  }

  /** Why call {@code c} needs the device bound, or null (it does not, or the body entered it). */
  public Need at(CallSite c) {
    if (c.entered()) {
      return null;
    }
    String callee = Facts.display(c.callee());
    if (program.facts().method(c.callee()).binding() == MethodFacts.Binding.REQUIRES_BOUND) {
      return new Need(List.of(callee), List.of(c.position()));
    }
    for (Unit t : program.targets(c.callee(), c.receiverType(), c.virtual())) {
      Need n = needs.get(t.key());
      if (n != null) {
        return n.via(callee, c.position());
      }
    }
    for (CallSite.Callback cb : c.callbacks()) {
      Unit l = cb.lambda() == null ? null : program.unit(cb.lambda());
      if (l != null && summaries.runsInPlace(c, cb.param()) && needs.get(l.key()) != null) {
        return needs.get(l.key()).via(l.display(), cb.position());
      }
    }
    return null;
  }
}
