package dev.drivercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The evidence of lock reports, which markers cannot check: a three-lock cycle spread over three
 * files is one report that names every edge with the file and line that made it.
 */
class LockEvidenceTest {
  private static final Path CASE = Path.of("..", "test-inputs", "lockdep", "CrossFileThreeLockCycle");

  @Test
  void crossFileCycleIsOneReportWithEveryEdge() {
    CheckCommandTest.Run r = CheckCommandTest.run("check", CASE.toString());
    assertEquals(1, r.exit(), r.toString());
    List<String> lines = Arrays.asList(r.out().split("\\R"));
    long reports = lines.stream().filter(l -> l.contains("error: [LockOrderInversion]")).count();
    assertEquals(1, reports, r.out());
    assertTrue(r.out().contains("Alpha.lock -> Beta.lock -> Gamma.lock -> Alpha.lock"), r.out());
    for (String edge : List.of("Alpha.lock -> Beta.lock at Alpha.java:20 in Alpha.run",
        "Beta.lock -> Gamma.lock at Beta.java:17 in Beta.run",
        "Gamma.lock -> Alpha.lock at Gamma.java:17 in Gamma.run")) {
      assertTrue(lines.stream().anyMatch(l -> l.strip().startsWith(edge)), "no evidence line '" + edge + "' in\n" + r.out());
    }
  }

  @Test
  void recursionThroughADestructorNamesTheChain() {
    CheckCommandTest.Run r = CheckCommandTest.run("check",
        Path.of("..", "test-inputs", "lockdep", "DestructorRetakesHeldLock.java").toString());
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.out().contains("error: [RecursiveLock]"), r.out());
    assertTrue(r.out().contains("is taken while already held (acquired at DestructorRetakesHeldLock.java:"), r.out());
    assertTrue(r.out().contains("drop"), "the chain names the destructor: " + r.out());
  }
}
