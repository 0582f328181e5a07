package dev.drivercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The text format, without javac. */
class TextReportTest {

  private static Diag finding(String file, long line, String severity, String rule, String text) {
    return new Diag(file, line, 5, severity, rule, "compiler.err.proc.messager", text, null, 0);
  }

  @Test
  void findingsInJavacFormatWithIndentedEvidenceAndSummary() {
    CheckResult r = new CheckResult(12, List.of(
        finding("a/File.java", 123, "error", "SleepInAtomic",
            "[SleepInAtomic] Mutex.lock() may sleep while SpinLock File.xa (atomic) is held\n"
                + "(acquired at File.java:119); called via File.unbind -> Mutex.lock"),
        finding("b/Key.java", 7, "warning", "LockClassKeyNotStatic",
            "[LockClassKeyNotStatic] key made per instance")),
        List.of(), new TreeSet<>(), List.of());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    new TextReport(new PrintWriter(out), new PrintWriter(err)).print(r, "DriverCheck");
    assertEquals(String.join(System.lineSeparator(),
        "a/File.java:123: error: [SleepInAtomic] Mutex.lock() may sleep while SpinLock File.xa"
            + " (atomic) is held",
        "    (acquired at File.java:119); called via File.unbind -> Mutex.lock",
        "b/Key.java:7: warning: [LockClassKeyNotStatic] key made per instance",
        "DriverCheck: 2 findings (1 error, 1 warning) in 12 files",
        ""), out.toString());
    assertEquals("", err.toString());
    assertEquals(1, r.exitCode());
  }

  @Test
  void summaries() {
    assertEquals("DriverCheck: no findings in 1 file", TextReport.summary("DriverCheck",
        new CheckResult(1, List.of(), List.of(), new TreeSet<>(), List.of())));
    CheckResult failed = new CheckResult(3, List.of(), List.of(),
        new TreeSet<>(List.of("B.java", "A.java")), List.of());
    assertEquals("DriverCheck: could not analyze 2 files that do not compile: A.java, B.java",
        TextReport.couldNotAnalyze("DriverCheck", failed));
    assertEquals("DriverCheck: no findings in 1 file", TextReport.summary("DriverCheck", failed));
    assertEquals(2, failed.exitCode());
  }

  @Test
  void findingsSortByFileLineColumnRule() {
    Diag b = finding("B.java", 1, "error", "X", "[X] x");
    Diag a2 = finding("A.java", 2, "error", "X", "[X] x");
    Diag a1z = finding("A.java", 1, "error", "Z", "[Z] z");
    Diag a1y = finding("A.java", 1, "error", "Y", "[Y] y");
    List<Diag> sorted = new java.util.ArrayList<>(List.of(b, a2, a1z, a1y));
    sorted.sort(Diag.ORDER);
    assertEquals(List.of(a1y, a1z, a2, b), sorted);
  }
}
