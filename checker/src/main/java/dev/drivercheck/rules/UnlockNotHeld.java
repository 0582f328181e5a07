package dev.drivercheck.rules;

import dev.drivercheck.flow.BodyLocks;
import dev.drivercheck.flow.Unit;
import dev.drivercheck.report.Finding;
import java.util.List;

/**
 * Releasing a lock that is not held on some path to the release: a double unlock, an unlock on a
 * path that never locked, or an unlock of a lock the method neither takes nor declares held on
 * entry ({@code @Releases}, {@code @Holds}).
 */
public final class UnlockNotHeld implements Rule {
  @Override
  public String name() {
    return "UnlockNotHeld";
  }

  @Override
  public String summary() {
    return "releasing a lock that is not held (double unlock)";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    for (Unit u : a.program().units()) {
      for (BodyLocks.BadRelease b : u.locks().badReleases()) {
        out.add(Analysis.finding(this, u, b.position(), b.lock() + " is released here but "
            + (b.never() ? "is not held (already released, or never taken in " + u.display()
                + " nor declared held on entry with @Releases or @Holds)"
                : "is not held on every path to this point"), List.of()));
      }
    }
  }
}
