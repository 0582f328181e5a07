package dev.drivercheck.rules;

import dev.drivercheck.report.Finding;
import dev.drivercheck.summary.Witness;
import java.util.List;

/**
 * A reference dropped in atomic context whose pointee's destructor may sleep: if it is the last
 * reference, the destructor runs right here (the Arc whose final drop cannot sleep). Reported at
 * the drop, or at the outermost call that reaches one, with the sleeping call in the destructor.
 */
public final class DropInAtomic implements Rule {
  @Override
  public String name() {
    return "DropInAtomic";
  }

  @Override
  public String summary() {
    return "a final drop in atomic context whose destructor may sleep";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    AtomicCalls.forEach(a, (u, c, causes, w) -> {
      if (w.kind() != Witness.Kind.DROP) {
        return;
      }
      Witness d = w.destructor();
      String how = w.chain().size() == 1 ? (c.resourceClose() ? "the close() of this resource" : w.leaf() + "()")
          : w.chain().get(0) + "() (through " + w.leaf() + "())";
      out.add(Analysis.finding(this, u, w.sites().get(0),
          how + " may drop the last reference to " + w.pointee() + ", whose destructor "
              + d.chain().get(0) + " may sleep (" + d.sleepingLeaf() + "), while "
              + AtomicCalls.because(causes) + "; called via " + w.path(u.display()) + " -> "
              + String.join(" -> ", d.chain()),
          AtomicCalls.evidence(causes, w)));
    });
  }
}
