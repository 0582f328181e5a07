package dev.drivercheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code drivercheck} with no arguments: checks each rule family of the bundled examples
 * ({@code test-inputs/<family>/}) and prints what it found per family, then a summary. Findings
 * are the point of the examples, so they do not make the exit code 1; sources that do not
 * compile do make it 2.
 */
final class BundledExamples {
  private static final Set<String> NOT_FAMILIES = Set.of("src", "target", "maven-consumer");
  /** Test-input markers: {@code // :: error: [SleepInAtomic]}. */
  private static final Pattern MARKER = Pattern.compile("::\\s*(?:error|warning):\\s*\\[");

  private final Path home;
  private final Streams io;

  BundledExamples(Path home, Streams io) {
    this.home = home;
    this.io = io;
  }

  int run() {
    Path inputs = home.resolve("test-inputs");
    List<Path> families = families(inputs);
    if (families.isEmpty()) {
      throw new UsageException("no bundled examples found in " + inputs);
    }
    Path cwd = Path.of("").toAbsolutePath();
    PrintWriter out = io.out();
    out.println("DriverCheck: checking the bundled examples in " + shown(cwd, inputs)
        + " (one compilation per rule family; findings there are expected)");
    JavacRunner runner = new JavacRunner(ToolClasspath.fromSystemProperty(), cwd, io.err());
    TextReport report = new TextReport(out, io.err());
    CheckResult total = CheckResult.empty();
    for (Path family : families) {
      List<Path> files = SourceFiles.javaFilesUnder(family);
      String name = family.getFileName().toString();
      out.println();
      out.println("== " + name + " (" + TextReport.count(files.size(), "file", "files")
          + ", " + markers(files) + " expected by the test-input markers)");
      CheckResult result = runner.check(files, "", extraClasspath());
      report.print(result, name);
      total = total.plus(result);
    }
    CheckResult driver = sampleDriver(runner, report, out);
    out.println();
    out.println(TextReport.summary("DriverCheck", total));
    if (driver != null && !driver.findings().isEmpty()) {
      out.println("DriverCheck: the sample driver is not clean: " + driver.findings().size() + " findings above");
      return CheckResult.EXIT_FINDINGS;
    }
    if (!total.failedFiles().isEmpty()) {
      io.err().println(TextReport.couldNotAnalyze("DriverCheck", total));
    }
    out.flush();
    return total.exitCode() == CheckResult.EXIT_USAGE ? CheckResult.EXIT_USAGE : CheckResult.EXIT_CLEAN;
  }

  /** The sample driver's own sources (kernel model and Asahi driver), which must have no findings. */
  private CheckResult sampleDriver(JavacRunner runner, TextReport report, PrintWriter out) {
    List<Path> files = new ArrayList<>();
    for (String module : List.of("kernel", "asahi")) {
      Path src = home.resolve("sample-driver/" + module + "/src/main/java");
      if (Files.isDirectory(src)) {
        files.addAll(SourceFiles.javaFilesUnder(src));
      }
    }
    if (files.isEmpty()) {
      return null;
    }
    out.println();
    out.println("== sample-driver (the kernel model and the Asahi driver, " + TextReport.count(files.size(), "file", "files")
        + "; must be clean)");
    CheckResult result = runner.check(files, "", List.of());
    report.print(result, "sample-driver");
    return result;
  }

  /** The sample kernel model and driver, when they have been built: examples may use them. */
  private List<Path> extraClasspath() {
    List<Path> out = new java.util.ArrayList<>();
    for (String module : List.of("kernel", "asahi")) {
      Path classes = home.resolve("sample-driver/" + module + "/target/classes");
      if (Files.isDirectory(classes)) {
        out.add(classes);
      }
    }
    return out;
  }

  /** Sub-folders of test-inputs that hold .java files, except the suite's own src and target. */
  static List<Path> families(Path inputs) {
    if (!Files.isDirectory(inputs)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(inputs)) {
      List<Path> dirs = children.filter(Files::isDirectory)
          .filter(p -> !NOT_FAMILIES.contains(p.getFileName().toString()))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .collect(Collectors.toList());
      List<Path> families = new ArrayList<>();
      for (Path dir : dirs) {
        if (!SourceFiles.javaFilesUnder(dir).isEmpty()) {
          families.add(dir);
        }
      }
      return families;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long markers(List<Path> files) {
    long n = 0;
    for (Path file : files) {
      try {
        Matcher m = MARKER.matcher(Files.readString(file));
        while (m.find()) {
          n++;
        }
      } catch (IOException | RuntimeException e) {
        // unreadable here means javac will say so
      }
    }
    return n;
  }

  private static String shown(Path base, Path p) {
    return p.startsWith(base) && !p.equals(base) ? base.relativize(p).toString() : p.toString();
  }
}
