package dev.drivercheck.cli;

import java.util.Comparator;

/**
 * One diagnostic kept from javac: a DriverCheck finding, or a compile error of the checked code.
 *
 * @param file the path as shown (relative to the working folder when below it), or null
 * @param line 1-based, 0 when unknown
 * @param column 1-based, 0 when unknown
 * @param severity {@code error} or {@code warning}
 * @param rule the {@code [Rule]} of a finding, or null
 * @param code javac's diagnostic key ({@code compiler.err.expected})
 * @param text the whole message, possibly several lines
 * @param sourceLine the source line the diagnostic points at (compile errors), or null
 * @param caretColumn 0-based index of the caret in sourceLine
 */
record Diag(String file, long line, long column, String severity, String rule, String code,
    String text, String sourceLine, int caretColumn) {

  static final Comparator<Diag> ORDER = Comparator
      .comparing((Diag d) -> d.file == null ? "" : d.file)
      .thenComparingLong(Diag::line)
      .thenComparingLong(Diag::column)
      .thenComparing(d -> d.rule == null ? "" : d.rule)
      .thenComparing(Diag::text);

  boolean isError() {
    return severity.equals("error");
  }
}
