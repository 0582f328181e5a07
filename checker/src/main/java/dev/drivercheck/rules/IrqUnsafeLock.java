package dev.drivercheck.rules;

import dev.drivercheck.facts.LockKind;
import dev.drivercheck.report.Finding;
import dev.drivercheck.report.Finding.Evidence;
import dev.drivercheck.summary.LockGraph;
import dev.drivercheck.summary.LockGraph.Edge;
import dev.drivercheck.summary.LockGraph.Node;
import dev.drivercheck.summary.LockGraph.Use;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * lockdep's inconsistent lock state: a spinning lock class taken in hard or soft IRQ context and
 * elsewhere with interrupts enabled (an interrupt arriving on the CPU that holds it spins forever),
 * and the irq-safe -> irq-unsafe dependency (a class taken in IRQ context is held while taking a
 * class that is elsewhere held with interrupts enabled). Reported at each acquisition made with
 * interrupts enabled, in the body where they are known to be (an entry point, deferred work).
 */
public final class IrqUnsafeLock implements Rule {
  @Override
  public String name() {
    return "IrqUnsafeLock";
  }

  @Override
  public String summary() {
    return "a lock taken in IRQ context and elsewhere with interrupts enabled";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    LockGraph g = a.graph();
    Set<String> reported = new HashSet<>();
    for (Node n : g.nodes()) {
      if (!spinning(n)) {
        continue;
      }
      Use irq = irqUse(g, n);
      if (irq != null) {
        for (Use on : g.irqsOn(n)) {
          if (reported.add(on.site() + n.id())) {
            List<Evidence> ev = evidence(on, irq, n);
            out.add(Analysis.finding(this, on.unit(), on.site(), on.taken().typeName() + " " + n.label()
                + " is taken here with interrupts enabled" + via(on) + ", and in " + context(g, n) + " context by "
                + irq.unit().display() + " (at " + irq.site().shortText() + "): an interrupt arriving while it"
                + " is held here spins on it forever; take it with interrupts disabled (irqsave)", ev));
          }
        }
        continue;
      }
      for (Edge e : g.edgesTo(n)) {
        Node safe = e.from();
        Use safeIrq = !spinning(safe) ? null : irqUse(g, safe);
        if (safeIrq == null) {
          continue;
        }
        for (Use on : g.irqsOn(n)) {
          if (reported.add(on.site() + n.id())) {
            List<Evidence> ev = evidence(on, safeIrq, safe);
            ev.add(new Evidence("irq-safe -> irq-unsafe: " + e.describe(), e.site()));
            out.add(Analysis.finding(this, on.unit(), on.site(), on.taken().typeName() + " " + n.label()
                + " is taken here with interrupts enabled" + via(on) + ", but it is also taken while holding "
                + safe.label() + ", which is taken in " + context(g, safe) + " context by " + safeIrq.unit().display()
                + " (at " + safeIrq.site().shortText() + "): an interrupt taking " + safe.label() + " while this CPU"
                + " holds " + n.label() + " can deadlock; take " + n.label() + " with interrupts disabled (irqsave)",
                ev));
          }
        }
      }
    }
  }

  private static boolean spinning(Node n) {
    return n.kind() == LockKind.SPIN || n.kind() == LockKind.RAW_SPIN || n.kind() == LockKind.RW_SPIN;
  }

  private static Use irqUse(LockGraph g, Node n) {
    List<Use> hard = g.hardirq(n);
    if (!hard.isEmpty()) {
      return hard.get(0);
    }
    List<Use> soft = g.softirq(n);
    return soft.isEmpty() ? null : soft.get(0);
  }

  private static String context(LockGraph g, Node n) {
    return g.hardirq(n).isEmpty() ? "SOFTIRQ" : "HARDIRQ";
  }

  private static String via(Use on) {
    return on.taken().chain().size() > 1 ? " (via " + on.taken().path(on.unit().display()) + ")" : "";
  }

  private static List<Evidence> evidence(Use on, Use irq, Node irqNode) {
    List<Evidence> out = new ArrayList<>(on.taken().evidence());
    out.add(new Evidence("in IRQ context: " + irq.unit().display() + " takes " + irqNode.label() + " at "
        + irq.site().shortText(), irq.site()));
    return out;
  }
}
