package dev.drivercheck.rules;

import dev.drivercheck.flow.LifetimeEvent;
import dev.drivercheck.report.Finding;
import java.util.List;

/**
 * A counted reference used after its {@code @DecRef} on some path: once this holder's reference is
 * put, the object may already be freed (the Rust borrow checker forbids it; Java does not).
 */
public final class RefUseAfterRelease implements Rule {
  @Override
  public String name() {
    return "RefUseAfterRelease";
  }

  @Override
  public String summary() {
    return "using a counted reference after its release";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    LifetimeEvents.forEach(a, LifetimeEvent.Kind.USE_AFTER_RELEASE, (u, e) ->
        out.add(Analysis.finding(this, u, e.at(), "the reference in " + e.value() + " is used here (" + e.place()
            + ") after it was released on some path: the object may already be freed", List.of())));
  }
}
