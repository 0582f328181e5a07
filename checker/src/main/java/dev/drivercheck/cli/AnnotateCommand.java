package dev.drivercheck.cli;

import dev.drivercheck.cli.annotate.InferredMethod;
import dev.drivercheck.cli.annotate.SourceAnnotator;
import dev.drivercheck.cli.annotate.UnifiedDiff;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drivercheck annotate [--dry-run] [-cp CLASSPATH] PATHS...}. */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
        "Writes what the analysis inferred back into Java sources: adds @MightSleep",
        "to every method and constructor that may sleep and has neither @MightSleep",
        "nor @NoSleep, and imports dev.drivercheck.annotations.MightSleep where needed.",
        "",
        "Compiles PATHS with javac and the DriverCheck plugin, as check does, then",
        "edits the files in place; everything else in them keeps its exact text.",
        "A @NoSleep method that may sleep is left as it is (check reports it).",
        "With --no-sleep, methods matching a pattern that cannot sleep get @NoSleep",
        "(a promise check then keeps); matching methods that may sleep are named.",
        "Running it again changes nothing. Methods of anonymous and local classes",
        "are not annotated. Findings are not printed: run check for them."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done (annotations added, or none needed; with --dry-run: diff printed)",
        "2:bad usage, or sources that do not compile (no file is changed)",
        "3:internal error of DriverCheck"})
final class AnnotateCommand implements Callable<Integer> {
  /** The plugin option naming the file the engine writes what it inferred to. */
  static final String INFERRED_OPTION = "inferred";
  private static final String NAME = "drivercheck annotate";

  @Spec
  CommandSpec spec;

  @Option(names = {"-n", "--dry-run"},
      description = "Print the changes as a unified diff; change no file.")
  boolean dryRun;

  @Option(names = {"-cp", "-classpath", "--classpath"}, paramLabel = "CLASSPATH",
      description = "Classpath of the annotated code (jars and folders, '"
          + "${sys:path.separator}'-separated); may be repeated.")
  List<String> classpath = new ArrayList<>();

  @Option(names = "--no-sleep", paramLabel = "PATTERN",
      description = "Also mark @NoSleep the methods matching PATTERN (Class.method, pkg.Class.method,"
          + " '*' matches any run of characters: 'Irq*.handle', 'pkg.Regs.*') that the analysis"
          + " found cannot sleep; may be repeated.")
  List<String> noSleep = new ArrayList<>();

  @Parameters(paramLabel = "PATHS", arity = "1..*",
      description = ".java files, or folders (walked for .java files).")
  List<Path> paths;

  @Override
  public Integer call() {
    List<Path> files = SourceFiles.expand(paths);
    Streams io = Streams.of(spec);
    Path base = Path.of("").toAbsolutePath();
    List<InferredMethod> inferred;
    Path dir = TempDirs.create("drivercheck-annotate-");
    try {
      Path inferredFile = dir.resolve("inferred.json");
      JavacRunner runner = new JavacRunner(ToolClasspath.fromSystemProperty(), base, io.err(),
          List.of(INFERRED_OPTION + "=" + inferredFile));
      // One run, not check()'s file by file fallback: each run would overwrite the file.
      CheckResult result = runner.compile(files, String.join(File.pathSeparator, classpath),
          List.of());
      TextReport report = new TextReport(io.out(), io.err());
      result.compileErrors().forEach(report::printCompileError);
      if (!result.failedFiles().isEmpty()) {
        io.err().println(TextReport.couldNotAnalyze(NAME, result) + "; no file changed");
        return CheckResult.EXIT_USAGE;
      }
      report.printToolErrors(result.toolErrors());
      if (!result.toolErrors().isEmpty()) {
        return CheckResult.EXIT_USAGE;
      }
      if (!Files.isRegularFile(inferredFile)) {
        io.err().println("drivercheck: the analyzer wrote no inferred facts (expected "
            + inferredFile + ")");
        return Main.EXIT_INTERNAL;
      }
      try {
        inferred = InferredMethod.read(inferredFile);
      } catch (IOException | InferredMethod.FormatException e) {
        io.err().println("drivercheck: cannot read the analyzer's inferred facts: "
            + e.getMessage());
        return Main.EXIT_INTERNAL;
      }
    } finally {
      TempDirs.delete(dir);
    }
    return apply(files, inferred, io, base);
  }

  /** Annotates each given file (or prints its diff); the exit code. */
  private int apply(List<Path> files, List<InferredMethod> inferred, Streams io, Path base) {
    Map<Path, List<InferredMethod>> byFile = new LinkedHashMap<>();
    for (Path f : files) {
      byFile.put(f, new ArrayList<>());
    }
    for (InferredMethod m : inferred) {
      List<InferredMethod> of = byFile.get(Path.of(m.file()).toAbsolutePath().normalize());
      if (of != null) {
        of.add(m);
      }
    }
    PrintWriter out = io.out();
    PrintWriter err = io.err();
    int methods = 0;
    int promises = 0;
    int changedFiles = 0;
    boolean failed = false;
    for (Map.Entry<Path, List<InferredMethod>> e : byFile.entrySet()) {
      Path file = e.getKey();
      String shown = shown(base, file);
      for (InferredMethod m : e.getValue()) {
        if (m.mightSleep() && m.declaredNoSleep() && !m.declaredMightSleep()) {
          err.println("drivercheck: note: " + shown + ":" + m.line() + ": " + m.display()
              + " is @NoSleep but may sleep" + (m.why() != null ? " (" + m.why() + ")" : "")
              + "; left as it is: drivercheck check reports it");
        } else if (m.mightSleep() && !m.declaredNoSleep() && !m.declaredMightSleep() && askedNoSleep(m)) {
          err.println("drivercheck: note: " + shown + ":" + m.line() + ": " + m.display()
              + " matches --no-sleep but may sleep" + (m.why() != null ? " (" + m.why() + ")" : "")
              + "; not marked @NoSleep");
        }
      }
      if (e.getValue().stream().noneMatch(m -> m.wantsMightSleep() || askedNoSleep(m))) {
        continue;
      }
      SourceAnnotator.Result r;
      String before;
      try {
        before = Files.readString(file, StandardCharsets.UTF_8);
        r = SourceAnnotator.annotate(before, e.getValue(), this::askedNoSleep);
      } catch (IOException | SourceAnnotator.ParseException | RuntimeException ex) {
        err.println("drivercheck: internal error: cannot annotate " + shown + ": "
            + ex.getMessage());
        failed = true;
        continue;
      }
      for (InferredMethod m : r.unmatched()) {
        err.println("drivercheck: warning: " + shown + ":" + m.line() + ": " + m.display()
            + " may sleep, but its declaration was not found (implicit?); not annotated");
      }
      if (r.added().isEmpty() && r.addedNoSleep().isEmpty()) {
        continue;
      }
      methods += r.added().size();
      promises += r.addedNoSleep().size();
      changedFiles++;
      if (dryRun) {
        out.print(UnifiedDiff.diff(shown, before, r.text()));
        continue;
      }
      try {
        Files.writeString(file, r.text(), StandardCharsets.UTF_8);
      } catch (IOException ex) {
        throw new UsageException("cannot write " + shown + ": " + ex.getMessage());
      }
      List<InferredMethod> both = new ArrayList<>(r.added());
      both.addAll(r.addedNoSleep());
      both.sort(Comparator.comparingInt(InferredMethod::line));
      for (InferredMethod m : both) {
        out.println(shown + ":" + m.line() + (r.added().contains(m) ? ": @MightSleep " + m.display()
            + (m.why() != null ? ": " + m.why() : "") : ": @NoSleep " + m.display()));
      }
    }
    String what = (methods > 0 ? "@MightSleep to " + TextReport.count(methods, "method", "methods") : "")
        + (methods > 0 && promises > 0 ? " and " : "")
        + (promises > 0 ? "@NoSleep to " + TextReport.count(promises, "method", "methods") : "")
        + " in " + TextReport.count(changedFiles, "file", "files");
    String summary = "DriverCheck: " + (methods + promises == 0
        ? "nothing to annotate"
        : dryRun ? "would add " + what + " (dry run: no file changed)"
        : "added " + what);
    (dryRun ? err : out).println(summary);
    out.flush();
    err.flush();
    return failed ? Main.EXIT_INTERNAL : CheckResult.EXIT_CLEAN;
  }

  /** Does a --no-sleep pattern name this method (by qualified or simple class name)? */
  boolean askedNoSleep(InferredMethod m) {
    if (m.constructor() || noSleep.isEmpty()) {
      return false;
    }
    String qualified = m.className() + "." + m.name();
    String simple = m.className().substring(m.className().lastIndexOf('.') + 1) + "." + m.name();
    for (String p : noSleep) {
      java.util.regex.Pattern re = java.util.regex.Pattern.compile(
          java.util.Arrays.stream(p.trim().split("\\*", -1)).map(java.util.regex.Pattern::quote)
              .collect(java.util.stream.Collectors.joining(".*")));
      if (re.matcher(qualified).matches() || re.matcher(simple).matches()) {
        return true;
      }
    }
    return false;
  }

  private static String shown(Path base, Path p) {
    return p.startsWith(base) && !p.equals(base) ? base.relativize(p).toString() : p.toString();
  }


}
