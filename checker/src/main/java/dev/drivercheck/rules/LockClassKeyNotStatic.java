package dev.drivercheck.rules;

import dev.drivercheck.flow.Unit;
import dev.drivercheck.report.Finding;
import dev.drivercheck.report.Position;
import dev.drivercheck.report.Severity;
import java.util.List;

/**
 * A lockdep class key made outside a {@code static final} field: each one is a new lock class that
 * lockdep never unregisters (in the kernel, a key must be in static storage), and locks keyed by it
 * no longer share a class with their siblings, which hides ordering bugs.
 */
public final class LockClassKeyNotStatic implements Rule {
  @Override
  public String name() {
    return "LockClassKeyNotStatic";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "a lock class key created outside a static final field";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    for (Unit u : a.program().units()) {
      for (Position p : u.locks().dynamicKeys()) {
        out.add(Analysis.finding(this, u, p, "a lock class key is created here, outside a static final field:"
            + " each one is a new lockdep class that is never unregistered; keep keys in static final fields",
            List.of()));
      }
    }
  }
}
