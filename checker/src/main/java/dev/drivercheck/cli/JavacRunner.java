package dev.drivercheck.cli;

import dev.drivercheck.cli.format.Finding;
import dev.drivercheck.cli.format.FindingsFile;
import dev.drivercheck.graph.LockGraphException;
import dev.drivercheck.graph.LockGraphModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs javac in this JVM with {@code -Xplugin:DriverCheck} over source files and sorts what it
 * says into DriverCheck findings, compile errors of the checked code and tool errors.
 */
final class JavacRunner {
  /** A finding's message starts with its rule: {@code [SleepInAtomic] ...} (javac lint is lower case). */
  private static final Pattern RULE = Pattern.compile("^\\[([A-Z][A-Za-z0-9]*)\\] ");
  private static final String PLUGIN_MESSAGE = "compiler.err.proc.messager";
  private static final String DUPLICATE_CLASS = "compiler.err.duplicate.class";

  private final ToolClasspath tool;
  private final Path baseDir;
  private final PrintWriter err;
  private final List<String> pluginOptions;
  private final boolean readFindings;
  private final boolean readGraph;

  /**
   * @param baseDir paths below it are shown relative to it
   * @param err where progress notices go
   */
  JavacRunner(ToolClasspath tool, Path baseDir, PrintWriter err) {
    this(tool, baseDir, err, List.of());
  }

  /** @param pluginOptions {@code key=value} words appended to {@code -Xplugin:DriverCheck} */
  JavacRunner(ToolClasspath tool, Path baseDir, PrintWriter err, List<String> pluginOptions) {
    this(tool, baseDir, err, pluginOptions, false, false);
  }

  private JavacRunner(ToolClasspath tool, Path baseDir, PrintWriter err, List<String> pluginOptions,
      boolean readFindings, boolean readGraph) {
    this.tool = tool;
    this.baseDir = baseDir.toAbsolutePath().normalize();
    this.err = err;
    this.pluginOptions = List.copyOf(pluginOptions);
    this.readFindings = readFindings;
    this.readGraph = readGraph;
    pluginArgument(this.pluginOptions); // reject bad options now, not in the middle of a check
  }

  /**
   * This runner, also asking the analyzer for its findings file ({@code findings=FILE}: ranges,
   * evidence places) and, with {@code graph}, for its lock graph ({@code lockGraph=FILE}), each
   * javac run into a temporary file of its own; {@link CheckResult#reported()} and
   * {@link CheckResult#graphs()} hold what was read.
   */
  JavacRunner readingReports(boolean graph) {
    return new JavacRunner(tool, baseDir, err, pluginOptions, true, graph);
  }

  /** The analyzer's findings file could not be read: a bug of DriverCheck, not of the user. */
  static final class AnalyzerOutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AnalyzerOutputException(String message) {
      super(message);
    }
  }

  /**
   * {@code -Xplugin:DriverCheck key=value ...}: javac hands the plugin the words of this one
   * argument split at blanks, so a word cannot contain a blank.
   */
  static String pluginArgument(List<String> options) {
    StringBuilder arg = new StringBuilder("-Xplugin:DriverCheck");
    for (String option : options) {
      if (!option.contains("=") || option.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("plugin option must be key=value without blanks: '"
            + option + "'");
      }
      arg.append(' ').append(option);
    }
    return arg.toString();
  }

  /**
   * Checks the files in one compilation. If they do not compile together only because some
   * define the same class (a folder of self-contained examples), each file is checked on its own.
   */
  CheckResult check(List<Path> files, String userClasspath, List<Path> extraClasspath) {
    CheckResult all = compile(files, userClasspath, extraClasspath);
    boolean duplicates = all.compileErrors().stream().anyMatch(d -> DUPLICATE_CLASS.equals(d.code()));
    if (!duplicates || files.size() < 2) {
      return all;
    }
    err.println("drivercheck: some files define the same class; checking each file on its own");
    CheckResult merged = CheckResult.empty();
    for (Path file : files) {
      merged = merged.plus(compile(List.of(file), userClasspath, extraClasspath));
    }
    return merged;
  }

  /** One javac run over all files. */
  CheckResult compile(List<Path> files, String userClasspath, List<Path> extraClasspath) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new UsageException("no Java compiler in this runtime: run DriverCheck on a JDK, not a JRE");
    }
    Path classesDir = TempDirs.create("drivercheck-classes-");
    Path reportsDir = readFindings || readGraph ? TempDirs.create("drivercheck-reports-") : null;
    Path findingsFile = readFindings ? reportsDir.resolve("findings.json") : null;
    Path graphFile = readGraph ? reportsDir.resolve("lockgraph.json") : null;
    List<String> plugin = new ArrayList<>(pluginOptions);
    if (findingsFile != null) {
      plugin.add("findings=" + findingsFile);
    }
    if (graphFile != null) {
      plugin.add("lockGraph=" + graphFile);
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter javacOutput = new StringWriter();
    CheckResult result;
    try (StandardJavaFileManager fm =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of(
          pluginArgument(plugin),
          "-proc:none",
          // No -Xlint:none: it silences every non-mandatory warning, DriverCheck's too. javac's own
          // warnings are dropped below instead.
          "-encoding", "UTF-8",
          // Keep attributing every class after an error, so one broken file does not hide the others.
          "--should-stop=ifError=FLOW",
          "-d", classesDir.toString(),
          "-classpath", tool.compileClasspath(userClasspath, extraClasspath),
          "-processorpath", tool.processorPath());
      Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
      javac.getTask(javacOutput, fm, diagnostics, options, null, units).call();
      result = sort(files.size(), diagnostics.getDiagnostics());
      String raw = javacOutput.toString().strip();
      if (!raw.isEmpty()) {
        List<String> tool = new ArrayList<>(result.toolErrors());
        tool.add(raw);
        result = result.withToolErrors(List.copyOf(tool));
      }
      if (reportsDir != null) {
        result = result.withReports(readFindings(findingsFile, result), readGraph(graphFile));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      TempDirs.delete(classesDir);
      TempDirs.delete(reportsDir);
    }
    return result;
  }

  /**
   * The findings the analyzer wrote, less those in files that do not compile (not analyzed);
   * null when it wrote none (it did not finish: a tool error says why, or nothing does).
   */
  private List<Finding> readFindings(Path file, CheckResult result) {
    if (file == null || !Files.isRegularFile(file)) {
      return null;
    }
    try {
      return new FindingsFile(baseDir).read(file).stream()
          .filter(f -> !result.failedFiles().contains(f.location().file()))
          .toList();
    } catch (IOException | FindingsFile.FormatException e) {
      throw new AnalyzerOutputException("cannot read the analyzer's findings file: " + e.getMessage());
    }
  }

  /** The lock graph the analyzer wrote; none when it wrote none or it cannot be read. */
  private List<LockGraphModel> readGraph(Path file) {
    if (file == null || !Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return List.of(LockGraphModel.read(file));
    } catch (IOException | LockGraphException e) {
      err.println("drivercheck: cannot read the analyzer's lock graph (" + e.getMessage()
          + "); the report has none");
      return List.of();
    }
  }

  private CheckResult sort(int fileCount, List<Diagnostic<? extends JavaFileObject>> all) {
    List<Diag> findings = new ArrayList<>();
    List<Diag> errors = new ArrayList<>();
    List<String> toolErrors = new ArrayList<>();
    SortedSet<String> failed = new TreeSet<>();
    for (Diagnostic<? extends JavaFileObject> d : all) {
      boolean error = d.getKind() == Diagnostic.Kind.ERROR;
      boolean warning = d.getKind() == Diagnostic.Kind.WARNING
          || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING;
      if (!error && !warning) {
        continue; // notes: javac's deprecation hints and the like
      }
      String text = d.getMessage(Locale.ROOT);
      Matcher rule = RULE.matcher(text);
      if (d.getSource() == null) {
        if (error) {
          toolErrors.add(text);
        } else if (text.startsWith("[InternalError]")) {
          // A class the analyzer had to skip: its findings are missing, which must not go unseen.
          err.println("drivercheck: warning: " + text);
        }
      } else if (rule.find()) {
        findings.add(diag(d, error, rule.group(1), text, false));
      } else if (error && PLUGIN_MESSAGE.equals(d.getCode())) {
        findings.add(diag(d, true, null, text, false)); // a DriverCheck message without a rule
      } else if (error) {
        Diag e = diag(d, true, null, text, true);
        errors.add(e);
        failed.add(e.file());
      }
    }
    // A file that does not compile is not analyzed: whatever was said about it is not a finding.
    findings.removeIf(f -> failed.contains(f.file()));
    return new CheckResult(fileCount, findings.stream().distinct().sorted(Diag.ORDER).toList(),
        errors.stream().distinct().sorted(Diag.ORDER).toList(), failed,
        List.copyOf(toolErrors));
  }

  private Diag diag(Diagnostic<? extends JavaFileObject> d, boolean error, String rule, String text,
      boolean withSource) {
    long line = Math.max(0, d.getLineNumber());
    long column = Math.max(0, d.getColumnNumber());
    String sourceLine = null;
    int caret = 0;
    if (withSource && d.getPosition() != Diagnostic.NOPOS) {
      try {
        CharSequence content = d.getSource().getCharContent(true);
        int pos = (int) Math.min(d.getPosition(), content.length());
        int start = pos;
        while (start > 0 && content.charAt(start - 1) != '\n' && content.charAt(start - 1) != '\r') {
          start--;
        }
        int end = pos;
        while (end < content.length() && content.charAt(end) != '\n' && content.charAt(end) != '\r') {
          end++;
        }
        sourceLine = content.subSequence(start, end).toString();
        caret = pos - start;
      } catch (IOException | RuntimeException e) {
        sourceLine = null;
      }
    }
    return new Diag(shown(d.getSource()), line, column, error ? "error" : "warning", rule,
        d.getCode(), text, sourceLine, caret);
  }

  /** The file's path relative to the working folder when it lies below it, else absolute. */
  private String shown(JavaFileObject file) {
    Path path;
    try {
      path = Path.of(file.toUri()).toAbsolutePath().normalize();
    } catch (RuntimeException e) {
      return file.getName();
    }
    return path.startsWith(baseDir) ? baseDir.relativize(path).toString() : path.toString();
  }


}
