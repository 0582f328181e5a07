package dev.drivercheck.rules;

import dev.drivercheck.report.Finding;
import dev.drivercheck.report.Severity;
import java.util.List;

/**
 * One rule of RULES.md: its name (used in messages, {@code @SuppressWarnings} and SARIF), its
 * severity, a one-line summary, and a check over the finished analysis. Rules read facts, flow
 * results and summaries; they never walk trees.
 */
public interface Rule {
  String name();

  default Severity severity() {
    return Severity.ERROR;
  }

  /** One line for rule tables and SARIF. */
  String summary();

  void check(Analysis analysis, List<Finding> out);
}
