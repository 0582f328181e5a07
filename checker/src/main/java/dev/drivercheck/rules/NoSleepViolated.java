package dev.drivercheck.rules;

import dev.drivercheck.facts.ExecContext;
import dev.drivercheck.flow.CallSite;
import dev.drivercheck.flow.Unit;
import dev.drivercheck.report.Finding;
import dev.drivercheck.summary.Contexts;
import dev.drivercheck.summary.Witness;
import java.util.List;

/**
 * A broken {@code @NoSleep} promise: a body held to it (the method, an override or implementation
 * of a promised method, a method of a promised type) that may sleep, reported at the outermost
 * sleeping call; and a callback that may sleep passed to an atomic {@code @RunsIn} parameter,
 * reported once at the argument. Calls already in atomic context are SleepInAtomic instead.
 */
public final class NoSleepViolated implements Rule {
  @Override
  public String name() {
    return "NoSleepViolated";
  }

  @Override
  public String summary() {
    return "a @NoSleep method, or a callback run in atomic context, that may sleep";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    for (Unit u : a.program().units()) {
      Contexts.Entry entry = a.contexts().entry(u);
      for (CallSite c : u.calls()) {
        if (entry.noSleep() != null && entry.runsIn() == null && a.contexts().atomicAt(u, c).isEmpty()) {
          Witness w = a.summaries().callSleeps(c, false);
          if (w != null) {
            out.add(Analysis.finding(this, u, w.sites().get(0), u.display() + " must not sleep (@NoSleep on "
                + entry.noSleep() + ") but " + w.leaf() + "() may sleep; called via " + w.path(u.display()),
                w.evidence()));
          }
        }
        callbacks(a, u, c, out);
      }
    }
  }

  private void callbacks(Analysis a, Unit u, CallSite c, List<Finding> out) {
    for (CallSite.Callback cb : c.callbacks()) {
      ExecContext ctx = a.program().facts().method(c.callee()).runsIn().get(cb.param());
      if (ctx == null || !ctx.atomic()) {
        continue;
      }
      Witness w;
      String what;
      if (cb.lambda() != null) {
        Unit lambda = a.program().unit(cb.lambda());
        w = lambda == null ? null : a.summaries().sleeps(lambda);
        what = "this lambda";
        if (w != null) {
          w = w.via(lambda.display(), cb.position());
        }
      } else {
        w = a.summaries().referenceSleeps(cb.target(), cb.position());
        what = "this method reference";
      }
      if (w != null && w.kind() == Witness.Kind.SLEEP) {
        out.add(Analysis.finding(this, u, cb.position(), what + " runs in " + ctx + " context (passed to "
            + dev.drivercheck.facts.Facts.display(c.callee()) + ") but may sleep: " + w.path(u.display()),
            w.evidence()));
      }
    }
  }
}
