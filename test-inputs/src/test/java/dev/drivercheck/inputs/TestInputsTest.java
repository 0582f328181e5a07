package dev.drivercheck.inputs;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs DriverCheck over every test input and compares its reports with the inputs' markers.
 *
 * <p>Layout: every directory directly under {@code test-inputs/} except {@code src/},
 * {@code target/} and {@code maven-consumer/} (see {@link MavenConsumerTest}) is a rule family; a {@code .java} file directly in a family folder is one case,
 * compiled alone; a subfolder of a family folder is one case whose {@code .java} files are
 * compiled together. Each case is compiled in-process by the real javac with
 * {@code -Xplugin:DriverCheck failOnInternalError=true}; the multiset of (file, line, kind, rule)
 * of the DriverCheck reports must equal the one the {@code // :: error: [Rule]} markers give (see
 * {@link Markers}). An input that does not compile, or any {@code DriverCheck internal error},
 * fails the case.
 */
class TestInputsTest {

  private static final Path INPUTS = InputCase.inputsDir();

  @TestFactory
  Stream<DynamicNode> inputs() {
    List<DynamicNode> families = new ArrayList<>();
    for (Path family : InputCase.families(INPUTS)) {
      List<DynamicTest> tests = new ArrayList<>();
      for (InputCase c : InputCase.casesOf(family)) {
        tests.add(DynamicTest.dynamicTest(c.name(), c.location().toUri(), () -> CaseRunner.run(c)));
      }
      families.add(DynamicContainer.dynamicContainer(family.getFileName().toString(),
          family.toUri(), tests.stream()));
    }
    return families.stream();
  }

  /**
   * The suite itself is sound: enough cases, every marker readable, every case file starting with a
   * comment that says what it shows, and each checked family has positives and negatives for each of
   * its rules (a negative is a case without any marker whose leading comment names the rule).
   */
  @Test
  void suiteIsComplete() {
    List<InputCase> all = InputCase.discover(INPUTS);
    assertTrue(all.size() >= 30, "expected at least 30 test-input cases under " + INPUTS
        + ", found " + all.size());

    List<String> problems = new ArrayList<>();
    for (InputCase c : all) {
      try {
        c.expected();
      } catch (Markers.MalformedMarker e) {
        problems.add(c.displayName() + ": " + e.getMessage());
      }
      for (Path f : c.files()) {
        if (Markers.header(InputCase.lines(f)).isEmpty()) {
          problems.add(c.displayName() + ": " + c.relName(f)
              + " does not start with a comment saying what it shows and why it is (not) a bug");
        }
      }
      if (c.files().isEmpty()) {
        problems.add(c.displayName() + ": case folder holds no .java file");
      }
    }

    for (var family : Rules.FAMILIES.entrySet()) {
      Path dir = INPUTS.resolve(family.getKey());
      assertTrue(Files.isDirectory(dir), "missing family folder " + dir);
      checkFamily(family.getKey(), InputCase.casesOf(dir), family.getValue(), problems);
    }

    if (!problems.isEmpty()) {
      fail("test-input suite problems:\n  " + String.join("\n  ", problems));
    }
  }

  /** Each rule of a family has a case with its marker and a marker-free case naming it in its header. */
  private static void checkFamily(String name, List<InputCase> cases, List<String> rules, List<String> problems) {
    for (String rule : rules) {
      boolean positive = false;
      boolean negative = false;
      for (InputCase c : cases) {
        List<Expected> exp;
        try {
          exp = c.expected();
        } catch (Markers.MalformedMarker e) {
          continue; // already listed
        }
        if (exp.stream().anyMatch(e -> e.rule().equals(rule))) {
          positive = true;
        }
        if (exp.isEmpty() && c.files().stream()
            .anyMatch(f -> Markers.header(InputCase.lines(f)).contains(rule))) {
          negative = true;
        }
      }
      if (!positive) {
        problems.add(name + ": no positive case (marker) for [" + rule + "]");
      }
      if (!negative) {
        problems.add(name + ": no negative case for [" + rule
            + "] (a case with no marker whose leading comment names the rule)");
      }
    }
  }
}
