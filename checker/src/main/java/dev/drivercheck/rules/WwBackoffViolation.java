package dev.drivercheck.rules;

import dev.drivercheck.flow.WwEvent;
import dev.drivercheck.report.Finding;
import java.util.List;

/**
 * A wrong back-off from -EDEADLK: the slow lock taken while other ww locks of the context are
 * still held, on another mutex than the contended one, or with no -EDEADLK before it; or another
 * ww lock taken before backing off. Each of these can deadlock or livelock the transaction.
 */
public final class WwBackoffViolation implements Rule {
  @Override
  public String name() {
    return "WwBackoffViolation";
  }

  @Override
  public String summary() {
    return "a wrong back-off on -EDEADLK (lockSlow with locks held, on another mutex, or without -EDEADLK)";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    WwEvents.forEach(a, WwEvent.Kind.BACKOFF_VIOLATION,
        (u, e) -> out.add(Analysis.finding(this, u, e.at(), e.message(), List.of())));
  }
}
