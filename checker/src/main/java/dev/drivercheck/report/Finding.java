package dev.drivercheck.report;

import java.util.List;
import java.util.Set;

/**
 * One report: the rule, where, the one-line message and the evidence (each a line of text with the
 * place it points at, for javac notes and SARIF related locations).
 *
 * @param suppressors the {@code @SuppressWarnings} values in force at the position
 */
public record Finding(
    String rule,
    Severity severity,
    Position position,
    String message,
    List<Evidence> evidence,
    Set<String> suppressors) implements Comparable<Finding> {

  /** One step of the evidence chain. Position may be null for steps outside the sources. */
  public record Evidence(String text, Position position) {}

  public boolean suppressed() {
    return suppressors.contains(rule) || suppressors.contains("drivercheck");
  }

  /** The full diagnostic text: {@code [Rule] message}, then the evidence lines. */
  public String text() {
    StringBuilder sb = new StringBuilder("[").append(rule).append("] ").append(message);
    for (Evidence e : evidence) {
      sb.append("\n    ").append(e.text());
    }
    return sb.toString();
  }

  @Override
  public int compareTo(Finding o) {
    int c = position.compareTo(o.position);
    if (c != 0) {
      return c;
    }
    c = rule.compareTo(o.rule);
    return c != 0 ? c : message.compareTo(o.message);
  }
}
