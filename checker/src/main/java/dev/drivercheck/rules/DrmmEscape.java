package dev.drivercheck.rules;

import dev.drivercheck.facts.Facts;
import dev.drivercheck.report.Finding;
import java.util.List;

/** A {@code @DrmmScoped} value kept where it outlives the DRM device (unscoped or static storage). */
public final class DrmmEscape implements Rule {
  @Override
  public String name() {
    return "DrmmEscape";
  }

  @Override
  public String summary() {
    return "a @DrmmScoped value stored where it can outlive the DRM device";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    Escapes.check(this, a, Facts.Scope.DRMM, "until the DRM device is released", out);
  }
}
