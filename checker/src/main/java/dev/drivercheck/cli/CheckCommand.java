package dev.drivercheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drivercheck check [-cp CLASSPATH] [--format text] PATHS...}. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Checks Java sources: compiles them with javac and the DriverCheck plugin.",
        "",
        "javac runs in this JVM and keeps no class files. Findings are printed in",
        "javac's format, then a one-line summary. The DriverCheck annotations are",
        "always on the classpath."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no findings",
        "1:findings (errors or warnings)",
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
      description = "Report format: text (json, sarif, html: not yet). Default: ${DEFAULT-VALUE}.")
  String format;

  @Parameters(paramLabel = "PATHS", arity = "1..*",
      description = ".java files, or folders (walked for .java files).")
  List<Path> paths;

  @Override
  public Integer call() {
    OutputFormat.parse(format);
    List<Path> files = SourceFiles.expand(paths);
    Streams io = Streams.of(spec);
    JavacRunner runner = new JavacRunner(ToolClasspath.fromSystemProperty(), Path.of(""), io.err());
    CheckResult result = runner.check(files, String.join(java.io.File.pathSeparator, classpath),
        List.of());
    new TextReport(io.out(), io.err()).print(result, "DriverCheck");
    return result.exitCode();
  }
}
