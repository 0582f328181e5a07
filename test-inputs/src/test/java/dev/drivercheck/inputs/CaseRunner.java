package dev.drivercheck.inputs;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.opentest4j.AssertionFailedError;

/**
 * Compiles one case with the real javac, in-process, with {@code -Xplugin:DriverCheck}, and
 * compares the DriverCheck reports with the case's markers.
 */
final class CaseRunner {
  private CaseRunner() {}

  static final String PLUGIN_OPTION = "-Xplugin:DriverCheck failOnInternalError=true";
  static final String INTERNAL_ERROR = "DriverCheck internal error";

  /** {@code [RuleName]} at the start of a message. */
  private static final Pattern RULE_PREFIX = Pattern.compile("^\\[([A-Za-z0-9_]+)\\]");

  /** The class path the case is compiled against: annotations, kernel model and the plugin. */
  static String classPath() {
    String cp = System.getProperty("java.class.path", "");
    // A manifest-only surefire booter jar would hide the real class path behind one jar.
    String surefire = System.getProperty("surefire.test.class.path");
    if (surefire != null && !surefire.isBlank() && !cp.contains(java.io.File.pathSeparator)
        && cp.contains("surefirebooter")) {
      return surefire;
    }
    return cp;
  }

  static void run(InputCase c) {
    // Read the markers first: a malformed marker is a broken test input, whatever javac says.
    List<Expected> expected = c.expected();
    if (c.files().isEmpty()) {
      throw new AssertionFailedError(c.displayName() + ": case folder holds no .java file");
    }

    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    StringWriter javacOut = new StringWriter();
    Path outDir = null;
    try {
      outDir = Files.createTempDirectory("drivercheck-input-");
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      if (javac == null) {
        throw new AssertionFailedError("no system Java compiler: run the tests on a JDK");
      }
      try (StandardJavaFileManager fm =
          javac.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
        // No -Xlint:none and no -nowarn: javac's Log then drops every non-mandatory warning,
        // the plugin's [Rule] warnings included, before any DiagnosticListener sees them.
        // javac's own lint warnings are harmless here: only [RuleName] diagnostics are compared.
        List<String> options = List.of(
            PLUGIN_OPTION,
            "-d", outDir.toString(),
            "-classpath", classPath(),
            "-encoding", "UTF-8");
        Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(c.files());
        try {
          javac.getTask(new PrintWriter(javacOut), fm, collector, options, null, units).call();
        } catch (RuntimeException e) {
          // failOnInternalError=true: an analyzer crash surfaces here.
          throw new AssertionFailedError(c.displayName() + ": javac/DriverCheck crashed: " + e
              + "\n" + render(collector.getDiagnostics(), c) + javacOut, e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(outDir);
    }

    List<Diagnostic<? extends JavaFileObject>> diags = collector.getDiagnostics();
    List<Expected> actual = new ArrayList<>();
    List<Diagnostic<? extends JavaFileObject>> actualDiags = new ArrayList<>();
    List<String> javacErrors = new ArrayList<>();
    List<String> internalErrors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diags) {
      String msg = d.getMessage(Locale.ROOT);
      if (msg != null && msg.contains(INTERNAL_ERROR)) {
        internalErrors.add(format(d, c));
      }
      String rule = ruleOf(d);
      if (rule != null) {
        actual.add(new Expected(fileOf(d, c), d.getLineNumber(), kindOf(d), rule));
        actualDiags.add(d);
      } else if (d.getKind() == Diagnostic.Kind.ERROR) {
        javacErrors.add(format(d, c));
      }
    }

    if (!internalErrors.isEmpty()) {
      throw new AssertionFailedError(c.displayName() + ": DriverCheck internal error:\n"
          + String.join("\n", internalErrors) + "\n\n--- all diagnostics ---\n"
          + render(diags, c) + javacOut);
    }
    if (!javacErrors.isEmpty()) {
      throw new AssertionFailedError(c.displayName()
          + ": the input does not compile (test inputs must be valid Java):\n"
          + String.join("\n", javacErrors) + "\n\n--- all diagnostics ---\n"
          + render(diags, c) + javacOut);
    }

    // Multiset difference, both ways.
    Map<Expected, Integer> remaining = new TreeMap<>();
    for (Expected e : expected) {
      remaining.merge(e, 1, Integer::sum);
    }
    List<String> unexpected = new ArrayList<>();
    for (int i = 0; i < actual.size(); i++) {
      Expected a = actual.get(i);
      Integer n = remaining.get(a);
      if (n == null) {
        unexpected.add(format(actualDiags.get(i), c));
      } else if (n == 1) {
        remaining.remove(a);
      } else {
        remaining.put(a, n - 1);
      }
    }
    List<String> missing = new ArrayList<>();
    for (Map.Entry<Expected, Integer> e : remaining.entrySet()) {
      for (int k = 0; k < e.getValue(); k++) {
        missing.add(e.getKey() + "   on: " + sourceLine(c, e.getKey()));
      }
    }
    if (!missing.isEmpty() || !unexpected.isEmpty()) {
      StringBuilder sb = new StringBuilder(c.displayName()).append(": ")
          .append(missing.size()).append(" missing, ").append(unexpected.size())
          .append(" unexpected DriverCheck report(s)\n");
      if (!missing.isEmpty()) {
        sb.append("missing (expected by a marker, not reported):\n");
        missing.forEach(m -> sb.append("  ").append(m).append('\n'));
      }
      if (!unexpected.isEmpty()) {
        sb.append("unexpected (reported, no marker):\n");
        unexpected.forEach(u -> sb.append("  ").append(u.replace("\n", "\n    ")).append('\n'));
      }
      sb.append("\n--- all diagnostics ---\n").append(render(diags, c)).append(javacOut);
      throw new AssertionFailedError(sb.toString());
    }
  }

  /** The rule of a DriverCheck report, or null for any other diagnostic. */
  static String ruleOf(Diagnostic<? extends JavaFileObject> d) {
    Diagnostic.Kind k = d.getKind();
    if (k != Diagnostic.Kind.ERROR && k != Diagnostic.Kind.WARNING
        && k != Diagnostic.Kind.MANDATORY_WARNING) {
      return null;
    }
    String msg = d.getMessage(Locale.ROOT);
    if (msg == null) {
      return null;
    }
    Matcher m = RULE_PREFIX.matcher(msg);
    return m.find() && Rules.ALL.contains(m.group(1)) ? m.group(1) : null;
  }

  private static String kindOf(Diagnostic<? extends JavaFileObject> d) {
    return d.getKind() == Diagnostic.Kind.ERROR ? "error" : "warning";
  }

  private static String fileOf(Diagnostic<? extends JavaFileObject> d, InputCase c) {
    JavaFileObject src = d.getSource();
    if (src == null) {
      return "<no file>";
    }
    try {
      Path p = Path.of(src.toUri()).toAbsolutePath().normalize();
      Path root = c.root().toAbsolutePath().normalize();
      return p.startsWith(root) ? root.relativize(p).toString().replace('\\', '/') : p.toString();
    } catch (RuntimeException e) {
      return src.getName();
    }
  }

  /** javac's own one-line shape: {@code File.java:12: error: message}. */
  private static String format(Diagnostic<? extends JavaFileObject> d, InputCase c) {
    String kind = switch (d.getKind()) {
      case ERROR -> "error";
      case WARNING, MANDATORY_WARNING -> "warning";
      case NOTE -> "note";
      default -> d.getKind().toString().toLowerCase(Locale.ROOT);
    };
    String where = d.getSource() == null ? "" : fileOf(d, c) + ":" + d.getLineNumber() + ": ";
    return where + kind + ": " + d.getMessage(Locale.ROOT);
  }

  private static String render(List<Diagnostic<? extends JavaFileObject>> diags, InputCase c) {
    StringBuilder sb = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> d : diags) {
      sb.append(format(d, c)).append('\n');
    }
    return sb.toString();
  }

  private static String sourceLine(InputCase c, Expected e) {
    for (Path f : c.files()) {
      if (c.relName(f).equals(e.file())) {
        List<String> lines = InputCase.lines(f);
        if (e.line() >= 1 && e.line() <= lines.size()) {
          return lines.get((int) e.line() - 1).trim();
        }
      }
    }
    return "?";
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // temp dir: best effort
        }
      });
    } catch (IOException ignored) {
      // temp dir: best effort
    }
  }
}
