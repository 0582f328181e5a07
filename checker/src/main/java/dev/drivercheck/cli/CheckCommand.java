package dev.drivercheck.cli;

import dev.drivercheck.cli.format.Baseline;
import dev.drivercheck.cli.format.Finding;
import dev.drivercheck.cli.format.Fingerprints;
import dev.drivercheck.cli.format.GithubFormat;
import dev.drivercheck.cli.format.HtmlFormat;
import dev.drivercheck.cli.format.JsonFormat;
import dev.drivercheck.cli.format.Report;
import dev.drivercheck.cli.format.RuleCatalog;
import dev.drivercheck.cli.format.SarifFormat;
import dev.drivercheck.cli.format.SourceText;
import dev.drivercheck.cli.format.TextFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code drivercheck check [-cp CLASSPATH] [--format FORMAT] [-o FILE] [--baseline FILE
 * [--update-baseline]] PATHS...}.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
        "Checks Java sources: compiles them with javac and the DriverCheck plugin.",
        "",
        "javac runs in this JVM and keeps no class files. The DriverCheck annotations",
        "are always on the classpath. The report goes to standard output (or -o FILE):",
        "  text    javac's format, then a one-line summary (the default)",
        "  json    the findings with ranges, evidence places and fingerprints",
        "  sarif   SARIF 2.1.0, for GitHub code scanning and SARIF viewers",
        "  html    a self-contained page: findings by rule with code excerpts,",
        "          and the lock-class graph",
        "  github  GitHub Actions workflow commands (annotations on the diff)",
        "Compile errors of the checked code go to standard error; so does the summary",
        "of every format but text.",
        "",
        "With --baseline FILE only findings that are not in FILE count (and are",
        "reported); baselined findings that are gone are listed as fixed. Findings",
        "are matched by a fingerprint of rule, file, the flagged line's text and the",
        "message, not by line number, so edits elsewhere in a file keep them matched.",
        "--update-baseline writes the current findings to FILE."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no findings (with --baseline: no new findings; --update-baseline: written)",
        "1:findings (errors or warnings) not in the baseline",
        "2:bad usage, or sources that do not compile (javac's errors are printed)",
        "3:internal error of DriverCheck"})
final class CheckCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = {"-cp", "-classpath", "--classpath"}, paramLabel = "CLASSPATH",
      description = "Classpath of the checked code (jars and folders, '"
          + "${sys:path.separator}'-separated); may be repeated.")
  List<String> classpath = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json, sarif, html or github. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Accepted findings (JSON): only findings not in FILE fail the check.")
  Path baseline;

  @Option(names = "--update-baseline",
      description = "Write the current findings to the --baseline FILE (created if missing).")
  boolean updateBaseline;

  @Option(names = "--docs-base-uri", paramLabel = "URI",
      description = "Absolute URI where this repository's docs/rules/ folder is published"
          + " (SARIF helpUri, HTML links). Without it the reports name docs/rules/<Rule>.md.")
  String docsBaseUri;

  @Parameters(paramLabel = "PATHS", arity = "1..*",
      description = ".java files, or folders (walked for .java files).")
  List<Path> paths;

  @Override
  public Integer call() {
    OutputFormat f = OutputFormat.parse(format);
    URI docsBase = docsBase(docsBaseUri);
    if (updateBaseline && baseline == null) {
      throw new UsageException("--update-baseline needs --baseline FILE: the file to write");
    }
    List<Baseline.Entry> accepted = updateBaseline && !Files.exists(baseline) ? List.of()
        : baseline == null ? null : readBaseline(baseline);
    List<Path> files = SourceFiles.expand(paths);
    Streams io = Streams.of(spec);
    Path base = Path.of("");
    JavacRunner runner = new JavacRunner(ToolClasspath.fromSystemProperty(), base, io.err())
        .readingReports(f == OutputFormat.HTML);
    CheckResult result;
    try {
      result = runner.check(files, String.join(java.io.File.pathSeparator, classpath), List.of());
    } catch (JavacRunner.AnalyzerOutputException e) {
      io.err().println("drivercheck: internal error: " + e.getMessage());
      return Main.EXIT_INTERNAL;
    }
    TextReport text = new TextReport(io.out(), io.err());
    text.printToolErrors(result.toolErrors());
    result.compileErrors().forEach(text::printCompileError);
    if (result.reported() == null) {
      return noFindingsFile(result, io);
    }

    SourceText sources = new SourceText();
    List<Finding> findings = Fingerprints.assign(result.reported(), sources);
    Baseline.Match match = accepted == null ? Baseline.Match.none(findings)
        : Baseline.match(findings, accepted);
    if (updateBaseline) {
      if (!result.failedFiles().isEmpty() || !result.toolErrors().isEmpty()) {
        io.err().println(TextReport.couldNotAnalyze("DriverCheck", result)
            + "; the baseline is not written (it would drop their findings)");
        return CheckResult.EXIT_USAGE;
      }
      List<Baseline.Entry> entries = Baseline.entries(findings);
      write(baseline, Baseline.render(entries));
      io.err().println("drivercheck: wrote baseline " + baseline + " ("
          + TextReport.count(entries.size(), "finding", "findings") + "; "
          + match.fresh().size() + " added, " + match.fixed().size() + " fixed ones dropped)");
      match = Baseline.match(findings, entries);
    }

    Report report = new Report(match, accepted != null, result.analyzedFiles(),
        List.copyOf(result.failedFiles()), VersionProvider.version(), base, docsBase,
        result.graphs(), RuleCatalog.standard(), sources);
    String body = switch (f) {
      case TEXT -> TextFormat.render(match.fresh());
      case JSON -> JsonFormat.render(report);
      case SARIF -> SarifFormat.render(report);
      case HTML -> HtmlFormat.render(report);
      case GITHUB -> GithubFormat.render(match.fresh());
    };
    List<String> closing = closingLines(result, report);
    if (f == OutputFormat.TEXT) {
      body += String.join("\n", closing) + (closing.isEmpty() ? "" : "\n");
    }
    if (output == null) {
      io.out().print(body);
      io.out().flush();
    } else {
      write(output, body);
      io.err().println("drivercheck: wrote " + output + " ("
          + TextReport.count(match.fresh().size(), accepted != null ? "new finding" : "finding",
              accepted != null ? "new findings" : "findings") + ")");
    }
    if (f != OutputFormat.TEXT || output != null) {
      PrintWriter err = io.err();
      closing.forEach(err::println);
    }
    if (!result.failedFiles().isEmpty()) {
      io.err().println(TextReport.couldNotAnalyze("DriverCheck", result));
    }
    io.err().flush();
    if (!result.toolErrors().isEmpty() || !result.failedFiles().isEmpty()) {
      return CheckResult.EXIT_USAGE;
    }
    return match.fresh().isEmpty() ? CheckResult.EXIT_CLEAN : CheckResult.EXIT_FINDINGS;
  }

  /** The summary line, then the baseline's fixed findings, if any. */
  private static List<String> closingLines(CheckResult result, Report r) {
    List<String> lines = new ArrayList<>();
    boolean ran = result.toolErrors().isEmpty();
    if (ran && (result.analyzedFiles() > 0 || result.failedFiles().isEmpty())) {
      lines.add(summary(r));
    }
    List<Baseline.Entry> fixed = r.match().fixed();
    if (!fixed.isEmpty()) {
      lines.add("DriverCheck: " + TextReport.count(fixed.size(), "baselined finding",
          "baselined findings") + " fixed (refresh the baseline with --update-baseline):");
      for (Baseline.Entry e : fixed) {
        lines.add("    " + e.file() + ":" + e.line() + ": [" + e.rule() + "] " + e.message());
      }
    }
    return lines;
  }

  static String summary(Report r) {
    String in = " in " + TextReport.count(r.analyzedFiles(), "file", "files");
    String baselined = r.baselineUsed()
        ? "; " + r.match().baselined().size() + " baselined" : "";
    if (r.shown().isEmpty()) {
      return "DriverCheck: " + (r.baselineUsed() ? "no new findings" : "no findings") + in
          + baselined;
    }
    return "DriverCheck: " + TextReport.count(r.shown().size(),
        r.baselineUsed() ? "new finding" : "finding", r.baselineUsed() ? "new findings" : "findings")
        + " (" + TextReport.count(r.errorCount(), "error", "errors") + ", "
        + TextReport.count(r.warningCount(), "warning", "warnings") + ")" + in + baselined;
  }

  /**
   * The analyzer wrote no findings file: a tool error says why (the plugin is missing, or it
   * failed as a whole), or nothing does, which is a bug; either way no report can be made.
   */
  static int noFindingsFile(CheckResult result, Streams io) {
    PrintWriter err = io.err();
    if (!result.failedFiles().isEmpty()) {
      err.println(TextReport.couldNotAnalyze("DriverCheck", result));
    }
    boolean internal = result.toolErrors().stream().anyMatch(t -> t.contains("[InternalError]"));
    if (!result.toolErrors().isEmpty() && !internal) {
      err.flush();
      return CheckResult.EXIT_USAGE;
    }
    err.println("drivercheck: internal error: the analyzer did not finish and wrote no findings,"
        + " so there is no report" + (result.findings().isEmpty() ? ""
            : "; what javac was told before that follows"));
    new TextReport(err, err).print(
        new CheckResult(result.fileCount(), result.findings(), List.of(), result.failedFiles(),
            List.of()), "DriverCheck (incomplete)");
    err.flush();
    return Main.EXIT_INTERNAL;
  }

  private static URI docsBase(String given) {
    if (given == null) {
      return null;
    }
    try {
      URI uri = new URI(given.endsWith("/") ? given : given + "/");
      if (!uri.isAbsolute()) {
        throw new UsageException("--docs-base-uri must be an absolute URI (https://...), not '"
            + given + "'");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new UsageException("--docs-base-uri: not a URI: '" + given + "'");
    }
  }

  private static List<Baseline.Entry> readBaseline(Path file) {
    try {
      return Baseline.read(file);
    } catch (NoSuchFileException e) {
      throw new UsageException("no such baseline file: " + file
          + " (write one with --baseline " + file + " --update-baseline)");
    } catch (IOException e) {
      throw new UsageException("cannot read the baseline " + file + ": " + e.getMessage());
    } catch (Baseline.FormatException e) {
      throw new UsageException(file + ": " + e.getMessage());
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("cannot write " + file + (e instanceof NoSuchFileException
          ? ": its folder does not exist" : ": " + e.getMessage()));
    }
  }
}
