package dev.drivercheck.errorprone;

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
 * Compiles sources in-process with the real javac, either with {@code -Xplugin:DriverCheck} or with
 * Error Prone running only the DriverCheck checks, and returns the DriverCheck reports in one
 * shape. Both find their plugin (and Error Prone its checks) on the test class path.
 */
final class Compiles {
  private Compiles() {}

  /** One DriverCheck report: rule, file (relative to the compiled root), line, kind, message. */
  record Report(String rule, String file, long line, String kind, String message) implements Comparable<Report> {
    @Override
    public int compareTo(Report o) {
      return Comparator.comparing(Report::file).thenComparingLong(Report::line).thenComparing(Report::rule)
          .thenComparing(Report::kind).thenComparing(Report::message).compare(this, o);
    }

    @Override
    public String toString() {
      return file + ":" + line + ": " + kind + ": [" + rule + "] " + message.replace("\n", "\n      ");
    }
  }

  /** What one compilation gave: the DriverCheck reports and everything else javac said. */
  record Result(List<Report> reports, List<String> otherErrors, String all) {}

  private static final Pattern RULE_PREFIX = Pattern.compile("^\\[([A-Za-z0-9_]+)\\] ", Pattern.DOTALL);
  /** Error Prone's trailing link line. */
  private static final Pattern SEE = Pattern.compile("\\n\\s*\\(see [^\\n]*\\)\\s*$");

  /** The DriverCheck rule names, InternalError included. */
  static final List<String> RULES = rules();

  private static List<String> rules() {
    List<String> names = new ArrayList<>();
    for (var r : dev.drivercheck.rules.Rules.all()) {
      names.add(r.name());
    }
    names.add("InternalError");
    return List.copyOf(names);
  }

  /** Error Prone, all its own checks off, every DriverCheck check on, plus {@code extra} flags. */
  static List<String> errorProneOptions(String... extra) {
    StringBuilder ep = new StringBuilder("-Xplugin:ErrorProne -XepDisableAllChecks");
    for (String rule : RULES) {
      ep.append(" -Xep:").append(rule);
    }
    for (String e : extra) {
      ep.append(' ').append(e);
    }
    return List.of("-XDcompilePolicy=simple", "--should-stop=ifError=FLOW", ep.toString());
  }

  static List<String> pluginOptions() {
    return List.of("-Xplugin:DriverCheck");
  }

  static String classPath() {
    String cp = System.getProperty("java.class.path", "");
    String surefire = System.getProperty("surefire.test.class.path");
    if (surefire != null && !surefire.isBlank() && !cp.contains(java.io.File.pathSeparator)
        && cp.contains("surefirebooter")) {
      return surefire;
    }
    return cp;
  }

  static Result compile(Path root, List<Path> files, List<String> frontDoor) {
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    StringWriter out = new StringWriter();
    Path outDir = null;
    try {
      outDir = Files.createTempDirectory("drivercheck-ep-");
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      try (StandardJavaFileManager fm = javac.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
        List<String> options = new ArrayList<>(frontDoor);
        // Error Prone loads custom checks only from the processor path; javac then finds both plugins
        // there too. No annotation processing: neither front door needs it.
        options.addAll(List.of("-proc:none", "-processorpath", classPath(), "-d", outDir.toString(),
            "-classpath", classPath(), "-encoding", "UTF-8"));
        javac.getTask(new PrintWriter(out), fm, collector, options, null, fm.getJavaFileObjectsFromPaths(files)).call();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(outDir);
    }
    List<Report> reports = new ArrayList<>();
    List<String> others = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
      String msg = d.getMessage(Locale.ROOT);
      String file = fileOf(d, root);
      all.append(file).append(':').append(d.getLineNumber()).append(": ").append(d.getKind()).append(": ")
          .append(msg).append('\n');
      Matcher m = RULE_PREFIX.matcher(msg == null ? "" : msg);
      boolean problem = d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
          || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING;
      if (problem && m.find() && RULES.contains(m.group(1))) {
        String text = SEE.matcher(msg.substring(m.end())).replaceFirst("");
        reports.add(new Report(m.group(1), file, d.getLineNumber(),
            d.getKind() == Diagnostic.Kind.ERROR ? "error" : "warning", text));
      } else if (d.getKind() == Diagnostic.Kind.ERROR) {
        others.add(file + ":" + d.getLineNumber() + ": " + msg);
      }
    }
    reports.sort(null);
    return new Result(reports, others, all.append(out).toString());
  }

  static String fileOf(Diagnostic<? extends JavaFileObject> d, Path root) {
    if (d.getSource() == null) {
      return "<no file>";
    }
    Path p = Path.of(d.getSource().toUri()).toAbsolutePath().normalize();
    Path r = root.toAbsolutePath().normalize();
    return p.startsWith(r) ? r.relativize(p).toString().replace('\\', '/') : p.toString();
  }

  static List<Path> javaFiles(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertCompiles(String what, Result r) {
    if (!r.otherErrors().isEmpty()) {
      throw new AssertionFailedError(what + ": javac errors besides DriverCheck's:\n  "
          + String.join("\n  ", r.otherErrors()) + "\n--- all ---\n" + r.all());
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // temp dir: best effort
    }
  }
}
