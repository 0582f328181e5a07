package dev.drivercheck.rules;

import dev.drivercheck.report.Finding;
import dev.drivercheck.summary.Witness;
import java.util.List;

/**
 * A call that may sleep, made in atomic context (a spinlock or RCU section, an IRQ handler).
 * Reported at the outermost such call, in the body that is atomic, with the chain to the sleeping
 * leaf. Callbacks passed to an atomic {@code @RunsIn} parameter are NoSleepViolated instead.
 */
public final class SleepInAtomic implements Rule {
  @Override
  public String name() {
    return "SleepInAtomic";
  }

  @Override
  public String summary() {
    return "a call that may sleep in atomic context (spinlock, RCU, IRQ handler)";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    AtomicCalls.forEach(a, (u, c, causes, w) -> {
      if (w.kind() != Witness.Kind.SLEEP || a.contexts().entry(u).runsIn() != null) {
        return;
      }
      out.add(Analysis.finding(this, u, w.sites().get(0),
          w.leaf() + "() may sleep while " + AtomicCalls.because(causes) + "; called via "
              + w.path(u.display()),
          AtomicCalls.evidence(causes, w)));
    });
  }
}
