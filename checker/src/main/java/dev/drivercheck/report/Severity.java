package dev.drivercheck.report;

/** How a finding is reported; RULES.md marks the few warnings. */
public enum Severity {
  ERROR,
  WARNING
}
