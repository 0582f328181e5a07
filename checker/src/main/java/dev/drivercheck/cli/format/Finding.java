package dev.drivercheck.cli.format;

import java.util.Comparator;
import java.util.List;

/**
 * A DriverCheck finding as the report formats see it: read from the analyzer's findings file,
 * paths shown relative to the working folder, with its fingerprint ({@link Fingerprints}).
 *
 * @param rule the rule name ({@code SleepInAtomic})
 * @param severity {@code error} or {@code warning}
 * @param message the one-line message, without the {@code [Rule]} prefix
 * @param fingerprint a line-independent identity: see {@link Fingerprints}
 * @param occurrence 1 for the first finding with this fingerprint (in report order), 2 for the
 *     second, ...
 */
public record Finding(String rule, String severity, String message, Location location,
    List<Evidence> evidence, String fingerprint, int occurrence) {

  /** File, line, column, rule, message: the order of every output. */
  public static final Comparator<Finding> ORDER = Comparator
      .comparing((Finding f) -> f.location.file())
      .thenComparingInt(f -> f.location.line())
      .thenComparingInt(f -> f.location.column())
      .thenComparing(Finding::rule)
      .thenComparing(Finding::message);

  public boolean isError() {
    return "error".equals(severity);
  }

  /** The text javac prints: {@code [Rule] message}, then one line per evidence step. */
  public String text() {
    StringBuilder b = new StringBuilder("[").append(rule).append("] ").append(message);
    for (Evidence e : evidence) {
      b.append('\n').append(e.text());
    }
    return b.toString();
  }

  public Finding withFingerprint(String fingerprint, int occurrence) {
    return new Finding(rule, severity, message, location, evidence, fingerprint, occurrence);
  }
}
