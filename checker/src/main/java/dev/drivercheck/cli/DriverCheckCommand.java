package dev.drivercheck.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The top command: {@code drivercheck} alone checks the bundled examples. */
@Command(
    name = "drivercheck",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    subcommands = {CheckCommand.class, GraphCommand.class, AnnotateCommand.class, HelpCommand.class},
    description = {
        "Static checks of Linux-driver rules (sleeping in atomic context, lock",
        "order, lifetimes, refcounts, pinning) for Java code annotated with",
        "dev.drivercheck.annotations.",
        "",
        "With no command: checks the bundled examples (test-inputs/<family>/)",
        "and prints what it found per family. For your own sources:",
        "drivercheck check PATHS...; their lock-class graph: drivercheck graph PATHS..."},
    exitCodeListHeading = "%nExit codes (no command):%n",
    exitCodeList = {
        "0:the examples were checked (their findings are expected)",
        "2:bad usage, examples missing or not compiling",
        "3:internal error of DriverCheck"})
final class DriverCheckCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Path home = Home.find();
    if (home == null) {
      throw new UsageException("cannot find the bundled examples: run ./drivercheck from the"
          + " repository, or pass -D" + Home.PROPERTY + "=REPOSITORY_ROOT");
    }
    return new BundledExamples(home, Streams.of(spec)).run();
  }
}
