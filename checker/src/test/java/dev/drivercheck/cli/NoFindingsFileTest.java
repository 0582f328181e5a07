package dev.drivercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** When the analyzer wrote no findings file, check says why and does not pretend all is clean. */
class NoFindingsFileTest {

  private static String[] run(CheckResult result, int[] exit) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    exit[0] = CheckCommand.noFindingsFile(result,
        new Streams(new PrintWriter(out, true), new PrintWriter(err, true)));
    return new String[] {out.toString(), err.toString()};
  }

  @Test
  void analyzerThatStoppedSilentlyIsAnInternalError() {
    Diag seen = new Diag("Vm.java", 4, 9, "error", "SleepInAtomic", "compiler.err.proc.messager",
        "[SleepInAtomic] something", null, 0);
    int[] exit = new int[1];
    String[] io = run(new CheckResult(1, List.of(seen), List.of(), new TreeSet<>(), List.of()), exit);
    assertEquals(3, exit[0]);
    assertEquals("", io[0]);
    assertTrue(io[1].contains("drivercheck: internal error: the analyzer did not finish and wrote"
        + " no findings, so there is no report; what javac was told before that follows"), io[1]);
    assertTrue(io[1].contains("Vm.java:4: error: [SleepInAtomic] something"), io[1]);
  }

  @Test
  void wholeProgramCrashIsAnInternalError() {
    int[] exit = new int[1];
    run(new CheckResult(1, List.of(), List.of(), new TreeSet<>(),
        List.of("[InternalError] DriverCheck internal error in the whole-program stage: boom")), exit);
    assertEquals(3, exit[0]);
  }

  @Test
  void missingPluginIsBadSetupNotACrash() {
    int[] exit = new int[1];
    String[] io = run(new CheckResult(1, List.of(), List.of(), new TreeSet<>(),
        List.of("plug-in not found: DriverCheck")), exit);
    assertEquals(2, exit[0]);
    assertEquals("", io[1]); // the tool error itself was printed before
  }
}
