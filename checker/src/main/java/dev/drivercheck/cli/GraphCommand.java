package dev.drivercheck.cli;

import dev.drivercheck.graph.DotRenderer;
import dev.drivercheck.graph.HtmlRenderer;
import dev.drivercheck.graph.LockGraphException;
import dev.drivercheck.graph.LockGraphModel;
import java.io.File;
import java.io.IOException;
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

/** {@code drivercheck graph [--format dot|html] [-o FILE] [-cp CLASSPATH] PATHS...}. */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Draws the lock-class graph of Java sources: an edge A -> B for every place",
        "where B is acquired while A is held, cycles (possible deadlocks) in red,",
        "declared orders (@AcquiredBefore/@AcquiredAfter) dashed.",
        "",
        "Compiles PATHS with javac and the DriverCheck plugin, as check does, and",
        "writes Graphviz DOT (render with: dot -Tsvg) or a self-contained HTML page",
        "(drawing, cycle list and the evidence of every edge). Findings are not",
        "printed: run check for them."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:the graph was written",
        "2:bad usage, or sources that do not compile (no graph is written)",
        "3:internal error of DriverCheck (also: the analyzer wrote no lock graph)"})
final class GraphCommand implements Callable<Integer> {
  /** The plugin option naming the file the engine writes the graph to. */
  static final String LOCK_GRAPH_OPTION = "lockGraph";

  @Spec
  CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "dot",
      description = "dot or html. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the graph to FILE instead of standard output.")
  Path output;

  @Option(names = {"-cp", "-classpath", "--classpath"}, paramLabel = "CLASSPATH",
      description = "Classpath of the analyzed code (jars and folders, '"
          + "${sys:path.separator}'-separated); may be repeated.")
  List<String> classpath = new ArrayList<>();

  @Option(names = "--json", paramLabel = "FILE",
      description = "Render a graph the plugin wrote earlier (-Xplugin:\"DriverCheck"
          + " lockGraph=FILE\" in a build) instead of compiling PATHS.")
  Path json;

  @Parameters(paramLabel = "PATHS", arity = "0..*",
      description = ".java files, or folders (walked for .java files).")
  List<Path> paths = new ArrayList<>();

  /** A graph, or the exit code saying why there is none (the reason is already printed). */
  record Outcome(LockGraphModel graph, int exit) {}

  enum Format { DOT, HTML }

  @Override
  public Integer call() {
    Format f = parseFormat(format);
    Streams io = Streams.of(spec);
    Path base = Path.of("");
    Outcome outcome;
    if (json != null) {
      if (!paths.isEmpty()) {
        throw new UsageException("give either PATHS to analyze or --json FILE, not both");
      }
      outcome = new Outcome(readGiven(json), 0);
    } else if (paths.isEmpty()) {
      throw new UsageException("missing PATHS: the .java files or folders to analyze");
    } else {
      outcome = analyze(SourceFiles.expand(paths), io, base);
    }
    if (outcome.graph() == null) {
      return outcome.exit();
    }
    String text = render(outcome.graph(), f, base);
    if (output == null) {
      io.out().print(text);
      io.out().flush();
    } else {
      write(output, text);
      io.err().println("drivercheck: wrote " + output + " ("
          + TextReport.count(outcome.graph().nodes().size(), "lock class", "lock classes") + ", "
          + TextReport.count(outcome.graph().cycles().size(), "cycle", "cycles") + ")");
    }
    return CheckResult.EXIT_CLEAN;
  }

  static Format parseFormat(String name) {
    for (Format f : Format.values()) {
      if (f.name().equalsIgnoreCase(name)) {
        return f;
      }
    }
    throw new UsageException("unknown graph format '" + name + "' (supported: dot, html)");
  }

  static String render(LockGraphModel g, Format f, Path base) {
    return f == Format.DOT ? new DotRenderer(base).render(g) : new HtmlRenderer(base).render(g);
  }

  /** One javac run with the plugin asked to write the graph into a temporary file. */
  private Outcome analyze(List<Path> files, Streams io, Path base) {
    Path dir = TempDirs.create("drivercheck-graph-");
    try {
      Path graphFile = dir.resolve("lockgraph.json");
      JavacRunner runner = new JavacRunner(ToolClasspath.fromSystemProperty(), base, io.err(),
          List.of(LOCK_GRAPH_OPTION + "=" + graphFile));
      // Not check(): its file-by-file fallback would run javac once per file, each run
      // overwriting the graph of the others.
      CheckResult result = runner.compile(files, String.join(File.pathSeparator, classpath),
          List.of());
      return outcome(result, graphFile, io);
    } finally {
      TempDirs.delete(dir);
    }
  }

  /**
   * What a javac run left: a graph of code that compiled, else the reason printed and its exit
   * code. A graph of partly compiling code would silently miss edges, so there is none.
   */
  static Outcome outcome(CheckResult result, Path graphFile, Streams io) {
    TextReport report = new TextReport(io.out(), io.err());
    result.compileErrors().forEach(report::printCompileError);
    if (!result.failedFiles().isEmpty()) {
      io.err().println(TextReport.couldNotAnalyze("drivercheck graph", result)
          + "; no graph written");
      return new Outcome(null, CheckResult.EXIT_USAGE);
    }
    report.printToolErrors(result.toolErrors());
    if (!Files.isRegularFile(graphFile)) {
      io.err().println("drivercheck: the analyzer wrote no lock graph (expected "
          + graphFile + ")");
      return new Outcome(null, Main.EXIT_INTERNAL);
    }
    if (!result.toolErrors().isEmpty()) {
      return new Outcome(null, CheckResult.EXIT_USAGE);
    }
    LockGraphModel graph;
    try {
      graph = LockGraphModel.read(graphFile);
    } catch (IOException | LockGraphException e) {
      io.err().println("drivercheck: cannot read the analyzer's lock graph: " + e.getMessage());
      return new Outcome(null, Main.EXIT_INTERNAL);
    }
    if (!result.findings().isEmpty()) {
      io.err().println("drivercheck: " + TextReport.count(result.findings().size(), "finding",
          "findings") + " (not shown here: run drivercheck check)");
    }
    return new Outcome(graph, 0);
  }

  /** A file given with --json: unreadable or malformed is the user's input, so bad usage. */
  private static LockGraphModel readGiven(Path file) {
    try {
      return LockGraphModel.read(file);
    } catch (NoSuchFileException e) {
      throw new UsageException("no such file: " + file);
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + ": " + e.getMessage());
    } catch (LockGraphException e) {
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
