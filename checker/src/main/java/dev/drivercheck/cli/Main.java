package dev.drivercheck.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Entry point of the {@code drivercheck} command line. */
public final class Main {
  /** A bug in DriverCheck itself (not in the checked code). */
  static final int EXIT_INTERNAL = 3;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line in this JVM and returns its exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter o = new PrintWriter(out, true);
    PrintWriter e = new PrintWriter(err, true);
    CommandLine cli = new CommandLine(new DriverCheckCommand())
        .setOut(o)
        .setErr(e)
        .setParameterExceptionHandler(Main::badUsage)
        .setExecutionExceptionHandler((ex, cmd, parsed) -> failure(ex, cmd));
    int code = cli.execute(args);
    o.flush();
    e.flush();
    return code;
  }

  /** picocli's one-line message, a suggestion if it has one, and where to find help. */
  private static int badUsage(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("drivercheck: " + ex.getMessage());
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    return CheckResult.EXIT_USAGE;
  }

  private static int failure(Exception ex, CommandLine cmd) {
    PrintWriter err = cmd.getErr();
    if (ex instanceof UsageException) {
      err.println("drivercheck: " + ex.getMessage());
      return CheckResult.EXIT_USAGE;
    }
    err.println("drivercheck: internal error: " + ex
        + (ex.getCause() != null ? " (caused by " + ex.getCause() + ")" : ""));
    if (Boolean.getBoolean("drivercheck.debug")) {
      ex.printStackTrace(err);
    } else {
      err.println("drivercheck: rerun with -Ddrivercheck.debug=true (DRIVERCHECK_DEBUG=1 for"
          + " ./drivercheck) for the stack trace");
    }
    return EXIT_INTERNAL;
  }
}
