package dev.drivercheck.facts;

/** Execution contexts, as {@code dev.drivercheck.annotations.Context} names them. */
public enum ExecContext {
  PROCESS,
  HARDIRQ,
  SOFTIRQ,
  ATOMIC;

  public boolean atomic() {
    return this != PROCESS;
  }

  static ExecContext of(String name) {
    return name == null ? null : valueOf(name);
  }
}
