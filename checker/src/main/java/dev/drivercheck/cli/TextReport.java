package dev.drivercheck.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * The text format: findings in javac's format on stdout ({@code path:line: error: [Rule] message},
 * further message lines indented), then a one-line summary; compile errors of the checked code
 * and the files DriverCheck could not analyze on stderr.
 */
final class TextReport {
  private final PrintWriter out;
  private final PrintWriter err;

  TextReport(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /** Prints a whole result; the summary line starts with {@code label}: "DriverCheck" or a family. */
  void print(CheckResult result, String label) {
    printToolErrors(result.toolErrors());
    result.compileErrors().forEach(this::printCompileError);
    result.findings().forEach(this::printFinding);
    boolean ran = result.toolErrors().isEmpty();
    if (ran && (result.analyzedFiles() > 0 || result.failedFiles().isEmpty())) {
      out.println(summary(label, result));
    }
    if (!result.failedFiles().isEmpty()) {
      err.println(couldNotAnalyze(label, result));
    }
    out.flush();
    err.flush();
  }

  void printToolErrors(List<String> toolErrors) {
    for (String message : toolErrors) {
      err.println("drivercheck: " + message.strip().replace("\n", "\n    "));
      if (message.contains("plug-in not found")) {
        err.println("drivercheck: the analyzer is not on the class path: run ./drivercheck from the"
            + " repository root, which builds it");
      }
    }
  }

  void printFinding(Diag d) {
    String[] lines = d.text().split("\\R");
    out.println(where(d) + d.severity() + ": " + lines[0]);
    for (int i = 1; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        out.println("    " + lines[i].strip());
      }
    }
  }

  /** As javac prints it: first line, the source line with a caret, then the detail lines. */
  void printCompileError(Diag d) {
    String[] lines = d.text().split("\\R");
    err.println(where(d) + "error: " + lines[0]);
    if (d.sourceLine() != null) {
      err.println(d.sourceLine());
      StringBuilder caret = new StringBuilder();
      for (int i = 0; i < d.caretColumn() && i < d.sourceLine().length(); i++) {
        caret.append(d.sourceLine().charAt(i) == '\t' ? '\t' : ' ');
      }
      err.println(caret.append('^'));
    }
    for (int i = 1; i < lines.length; i++) {
      err.println(lines[i]);
    }
  }

  static String summary(String label, CheckResult r) {
    int files = r.analyzedFiles();
    String in = " in " + count(files, "file", "files");
    if (r.findings().isEmpty()) {
      return label + ": no findings" + in;
    }
    long errors = r.errorCount();
    long warnings = r.findings().size() - errors;
    return label + ": " + count(r.findings().size(), "finding", "findings")
        + " (" + count(errors, "error", "errors") + ", " + count(warnings, "warning", "warnings")
        + ")" + in;
  }

  static String couldNotAnalyze(String label, CheckResult r) {
    int n = r.failedFiles().size();
    return label + ": could not analyze " + count(n, "file", "files")
        + (n == 1 ? " that does not compile: " : " that do not compile: ")
        + String.join(", ", r.failedFiles());
  }

  private static String where(Diag d) {
    if (d.file() == null) {
      return "";
    }
    return d.line() > 0 ? d.file() + ":" + d.line() + ": " : d.file() + ": ";
  }

  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
