package dev.drivercheck.rules;

import dev.drivercheck.flow.Unit;
import dev.drivercheck.flow.WwEvent;
import dev.drivercheck.report.Finding;
import java.util.List;

/**
 * A ww lock status that may be -EDEADLK and is not acted on: discarded, overwritten, not checked
 * before the next ww lock, or reaching the end of the method without the context backing off or
 * the status going back to the caller. A helper's status counts only if the helper can return
 * -EDEADLK (its analyzed body returns one); with a null context -EDEADLK cannot happen.
 */
public final class WwDeadlockIgnored implements Rule {
  @Override
  public String name() {
    return "WwDeadlockIgnored";
  }

  @Override
  public String summary() {
    return "a ww lock status that may be -EDEADLK, neither backed off nor returned";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    WwEvents.forEach(a, WwEvent.Kind.DEADLOCK_IGNORED, (u, e) -> {
      if (e.helper() != null) {
        Unit helper = a.program().unit(e.helper());
        if (helper == null || !helper.locks().propagatesDeadlock()) {
          return; // a helper that handles -EDEADLK itself, or one we cannot see
        }
      }
      out.add(Analysis.finding(this, u, e.at(), e.message(), List.of()));
    });
  }
}
