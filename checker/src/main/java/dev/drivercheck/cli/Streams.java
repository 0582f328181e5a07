package dev.drivercheck.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** The output and error writers a command was given (so tests can run the CLI in-process). */
record Streams(PrintWriter out, PrintWriter err) {
  static Streams of(CommandSpec spec) {
    return new Streams(spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
