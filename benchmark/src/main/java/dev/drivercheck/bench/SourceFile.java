package dev.drivercheck.bench;

import java.util.ArrayList;
import java.util.List;

/** One generated Java source file, built line by line (so planted-bug markers land on known lines). */
final class SourceFile {
  private final String path;
  private final List<String> lines = new ArrayList<>();
  private int indent;

  SourceFile(String path) {
    this.path = path;
  }

  /** Path relative to the project's source root, with '/' separators. */
  String path() {
    return path;
  }

  List<String> lines() {
    return lines;
  }

  /** Appends one line at the current indentation ({@code "}"} first closes a level). */
  SourceFile line(String text) {
    if (text.startsWith("}")) {
      indent--;
    }
    lines.add(text.isEmpty() ? "" : "    ".repeat(Math.max(indent, 0)) + text);
    if (text.endsWith("{")) {
      indent++;
    }
    return this;
  }

  SourceFile blank() {
    lines.add("");
    return this;
  }

  /**
   * The test-input marker convention: {@code // :: error: [Rule]} on the line before the line the
   * finding must be reported on.
   */
  SourceFile marker(String kind, String rule) {
    return line("// :: " + kind + ": [" + rule + "]");
  }

  String text() {
    return String.join("\n", lines) + "\n";
  }
}
