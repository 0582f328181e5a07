package dev.drivercheck.inputs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expected-diagnostic markers, Checker Framework style. A marker line is a line whose first
 * non-blank characters are {@code // ::}; it holds one or more entries
 * {@code :: error: [RuleName]} or {@code :: warning: [RuleName]} (free text may follow the
 * bracket), and applies to the next line of the file that is not itself a marker line:
 *
 * <pre>
 *   // :: error: [SleepInAtomic]
 *   msleep(1);
 *   // :: error: [A] :: warning: [B]
 *   foo();
 * </pre>
 *
 * Parsing is strict: a malformed marker, an unknown rule name or a marker with no line after it is
 * an error in the test input, reported as such.
 */
final class Markers {
  private Markers() {}

  private static final Pattern MARKER_LINE = Pattern.compile("^\\s*//\\s*::(.*)$");
  private static final Pattern ENTRY =
      Pattern.compile("^\\s*(error|warning)\\s*:\\s*\\[([A-Za-z0-9_]+)\\][^\\[\\]]*$");

  /** Thrown for a marker the suite cannot read; the message names file and line. */
  static final class MalformedMarker extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedMarker(String message) {
      super(message);
    }
  }

  static boolean isMarkerLine(String line) {
    return MARKER_LINE.matcher(line).matches();
  }

  /**
   * The expected reports of one file.
   *
   * @param relName the file's name relative to the case root, as reports are keyed
   * @param lines the file's lines (line {@code i} of the list is line {@code i + 1} of the file)
   */
  static List<Expected> parse(String relName, List<String> lines) {
    List<Expected> result = new ArrayList<>();
    List<String[]> pending = new ArrayList<>(); // {kind, rule}
    int firstPendingLine = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher m = MARKER_LINE.matcher(line);
      if (m.matches()) {
        if (pending.isEmpty()) {
          firstPendingLine = i + 1;
        }
        // "// :: error: [A] :: error: [B]": the first "::" is consumed by MARKER_LINE.
        String[] entries = m.group(1).split("::", -1);
        for (String entry : entries) {
          Matcher e = ENTRY.matcher(entry);
          if (!e.matches()) {
            throw new MalformedMarker(relName + ":" + (i + 1) + ": malformed marker entry '"
                + entry.trim() + "' in: " + line.trim()
                + "  (expected '// :: error: [RuleName]' or '// :: warning: [RuleName]')");
          }
          String rule = e.group(2);
          if (!Rules.ALL.contains(rule)) {
            throw new MalformedMarker(relName + ":" + (i + 1) + ": marker names unknown rule ["
                + rule + "]; known rules: " + new java.util.TreeSet<>(Rules.ALL));
          }
          pending.add(new String[] {e.group(1), rule});
        }
        continue;
      }
      for (String[] p : pending) {
        result.add(new Expected(relName, i + 1, p[0], p[1]));
      }
      pending.clear();
    }
    if (!pending.isEmpty()) {
      throw new MalformedMarker(relName + ":" + firstPendingLine
          + ": marker at the end of the file applies to no line");
    }
    return result;
  }

  /**
   * The comment a file starts with (line comments and block comments before the first code line),
   * without the comment syntax. Empty when the file starts with code.
   */
  static String header(List<String> lines) {
    StringBuilder sb = new StringBuilder();
    boolean inBlock = false;
    for (String raw : lines) {
      String line = raw.trim();
      if (inBlock) {
        int end = line.indexOf("*/");
        sb.append(end >= 0 ? line.substring(0, end) : line).append('\n');
        if (end >= 0) {
          inBlock = false;
        }
        continue;
      }
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("//")) {
        if (isMarkerLine(line)) {
          break;
        }
        sb.append(line.substring(2).trim()).append('\n');
      } else if (line.startsWith("/*")) {
        int end = line.indexOf("*/", 2);
        sb.append(end >= 0 ? line.substring(2, end) : line.substring(2)).append('\n');
        inBlock = end < 0;
      } else {
        break;
      }
    }
    return sb.toString().trim();
  }
}
