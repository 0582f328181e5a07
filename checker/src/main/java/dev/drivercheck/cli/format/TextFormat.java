package dev.drivercheck.cli.format;

import java.util.List;

/**
 * javac's format, one diagnostic per finding: {@code path:line: error: [Rule] message}, then the
 * evidence lines indented by four blanks.
 */
public final class TextFormat {
  private TextFormat() {}

  public static String render(List<Finding> findings) {
    StringBuilder b = new StringBuilder();
    for (Finding f : findings) {
      b.append(f.location().shortText()).append(": ").append(f.severity()).append(": [")
          .append(f.rule()).append("] ").append(f.message().strip()).append('\n');
      for (Evidence e : f.evidence()) {
        if (!e.text().isBlank()) {
          b.append("    ").append(e.text().strip()).append('\n');
        }
      }
    }
    return b.toString();
  }
}
