package dev.drivercheck.rules;

import dev.drivercheck.facts.LockClass;
import dev.drivercheck.flow.WwEvent;
import dev.drivercheck.report.Finding;
import java.util.List;

/**
 * An acquire context used against its life cycle: locking after done(), fini() with ww locks
 * still held, a context never finished on some path, a second context initialized while the
 * first is live, and a mutex locked with a context of another ww class.
 */
public final class WwContextMisuse implements Rule {
  @Override
  public String name() {
    return "WwContextMisuse";
  }

  @Override
  public String summary() {
    return "an acquire context used against its life cycle, or with a mutex of another ww class";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    WwEvents.forEach(a, WwEvent.Kind.CONTEXT_MISUSE,
        (u, e) -> out.add(Analysis.finding(this, u, e.at(), e.message(), List.of())));
    WwEvents.forEach(a, WwEvent.Kind.CLASS_MISMATCH, (u, e) -> {
      LockClass mutex = a.locks().canonical(e.mutexClass());
      LockClass ctx = e.ctxClass();
      boolean known = mutex.kind() == LockClass.Kind.KEY && ctx.kind() == LockClass.Kind.KEY; // constants on both sides
      if (known && !mutex.key().equals(ctx.key())) {
        out.add(Analysis.finding(this, u, e.at(), String.format(e.message(), mutex.name(), ctx.name()), List.of()));
      }
    });
  }
}
