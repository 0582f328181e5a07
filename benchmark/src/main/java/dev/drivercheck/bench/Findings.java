package dev.drivercheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** DriverCheck reports read from javac's output, and the markers planted bugs carry. */
final class Findings {
  private Findings() {}

  /** One report, or one expected report: file relative to the source root, 1-based line. */
  record Finding(String file, long line, String kind, String rule) implements Comparable<Finding> {
    @Override
    public int compareTo(Finding o) {
      int c = file.compareTo(o.file);
      if (c != 0) {
        return c;
      }
      c = Long.compare(line, o.line);
      if (c != 0) {
        return c;
      }
      c = rule.compareTo(o.rule);
      return c != 0 ? c : kind.compareTo(o.kind);
    }

    @Override
    public String toString() {
      return file + ":" + line + ": " + kind + ": [" + rule + "]";
    }
  }

  /** The rules DriverCheck reports today (RULES.md); other bracketed words are not ours. */
  static final List<String> RULES = List.of("SleepInAtomic", "DropInAtomic", "NoSleepViolated",
      "LockOrderInversion", "RecursiveLock", "IrqUnsafeLock", "LockLeak", "UnlockNotHeld",
      "LockNotHeld", "LockClassKeyNotStatic", "AnnotationMisuse", "WwMissingContext",
      "WwDeadlockIgnored", "WwBackoffViolation", "WwContextMisuse", "DevmEscape", "DrmmEscape",
      "UnboundAccess", "UnplugNotFirst", "RefLeak", "RefDoubleRelease", "RefUseAfterRelease",
      "BorrowEscape", "PinnedMove", "PinnedNotInPlace", "PinnedStructural", "RequiresPinned");

  private static final Pattern REPORT =
      Pattern.compile("^(.+\\.java):(\\d+): (error|warning): \\[([A-Za-z0-9_]+)\\]");
  private static final Pattern MARKER =
      Pattern.compile("(error|warning): \\[([A-Za-z0-9_]+)\\]");

  /** DriverCheck's {@code File.java:12: error: [Rule] ...} lines in javac's output. */
  static List<Finding> parse(String javacOutput, Path sourceRoot) {
    List<Finding> out = new ArrayList<>();
    Path root = sourceRoot.toAbsolutePath().normalize();
    for (String line : javacOutput.split("\n")) {
      Matcher m = REPORT.matcher(line);
      if (m.find() && RULES.contains(m.group(4))) {
        Path f = Path.of(m.group(1)).toAbsolutePath().normalize();
        String rel = f.startsWith(root) ? root.relativize(f).toString().replace('\\', '/')
            : f.toString();
        out.add(new Finding(rel, Long.parseLong(m.group(2)), m.group(3), m.group(4)));
      }
    }
    out.sort(null);
    return out;
  }

  /** javac {@code error:} lines that are not DriverCheck reports (the sources do not compile). */
  static List<String> javacErrors(String javacOutput) {
    List<String> out = new ArrayList<>();
    for (String line : javacOutput.split("\n")) {
      if (line.contains(": error: ") && !REPORT.matcher(line).find()) {
        out.add(line);
      } else if (line.contains("DriverCheck internal error")) {
        out.add(line);
      }
    }
    return out;
  }

  /** Expected reports: each {@code // :: kind: [Rule]} marker applies to the next non-marker line. */
  static List<Finding> markers(Path sourceRoot) {
    List<Finding> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(sourceRoot)) {
      for (Path p : (Iterable<Path>) s.filter(x -> x.toString().endsWith(".java")).sorted()::iterator) {
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        List<String[]> pending = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
          String t = lines.get(i).trim();
          if (t.startsWith("// ::")) {
            Matcher m = MARKER.matcher(t);
            while (m.find()) {
              pending.add(new String[] {m.group(1), m.group(2)});
            }
            continue;
          }
          String rel = sourceRoot.relativize(p).toString().replace('\\', '/');
          for (String[] e : pending) {
            out.add(new Finding(rel, i + 1, e[0], e[1]));
          }
          pending.clear();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.sort(null);
    return out;
  }

  static Map<String, Integer> perRule(List<Finding> fs) {
    Map<String, Integer> m = new TreeMap<>();
    for (Finding f : fs) {
      m.merge(f.rule(), 1, Integer::sum);
    }
    return m;
  }

  /** Lines describing every missing and every unexpected report; empty when they match. */
  static List<String> diff(List<Finding> expected, List<Finding> actual) {
    List<Finding> missing = new ArrayList<>(expected);
    List<Finding> unexpected = new ArrayList<>();
    for (Finding a : actual) {
      if (!missing.remove(a)) {
        unexpected.add(a);
      }
    }
    List<String> out = new ArrayList<>();
    missing.forEach(m -> out.add("missing:    " + m));
    unexpected.forEach(u -> out.add("unexpected: " + u));
    return out;
  }
}
