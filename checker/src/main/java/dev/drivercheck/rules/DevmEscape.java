package dev.drivercheck.rules;

import dev.drivercheck.facts.Facts;
import dev.drivercheck.report.Finding;
import java.util.List;

/**
 * A {@code @DevmScoped} value (register mappings, IRQ registrations, the bound-device proof) kept
 * where it outlives the device binding: hardware resources end at remove(), and "if you clean up
 * hw stuff after ->remove you have a driver bug".
 */
public final class DevmEscape implements Rule {
  @Override
  public String name() {
    return "DevmEscape";
  }

  @Override
  public String summary() {
    return "a @DevmScoped value stored where it can outlive the device binding";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    Escapes.check(this, a, Facts.Scope.DEVM, "while the device is bound", out);
  }
}
