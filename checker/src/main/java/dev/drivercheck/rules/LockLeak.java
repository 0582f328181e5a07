package dev.drivercheck.rules;

import dev.drivercheck.flow.HeldLock;
import dev.drivercheck.flow.Unit;
import dev.drivercheck.report.Finding;
import java.util.List;

/**
 * A lock taken in a body and still held on some path out of it (a return, an explicit throw, a
 * checked or declared exception), unless the method declares that it returns holding it
 * ({@code @Acquires}: then only an exception path leaks it); a guard that escapes its scope
 * (returned, stored) is one too. Reported at the acquisition.
 */
public final class LockLeak implements Rule {
  @Override
  public String name() {
    return "LockLeak";
  }

  @Override
  public String summary() {
    return "a lock acquired and not released on some path out of the method";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    for (Unit u : a.program().units()) {
      boolean acquires = u.method() != null && !a.program().facts().method(u.method()).acquires().isEmpty();
      for (HeldLock h : u.locks().leaked()) {
        out.add(Analysis.finding(this, u, h.site(), h.typeName() + " " + h.lockClass()
            + " is acquired here and still held on some path out of " + u.display()
            + (acquires ? "; an @Acquires method hands its lock over only when it returns: drop it when an"
                + " exception leaves (catch, release, rethrow)"
                : "; release it on every path (try-with-resources or finally), or declare @Acquires on the method"),
            List.of()));
      }
    }
  }
}
