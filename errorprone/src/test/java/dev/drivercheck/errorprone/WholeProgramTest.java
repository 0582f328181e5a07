package dev.drivercheck.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The adapter analyzes the whole compilation before its first report: a lock cycle spread over
 * three files is found whichever order javac is given the files in (Error Prone's first match is
 * in the first file, when the others have not been through javac's flow stage yet).
 */
class WholeProgramTest {
  private static final Path CASE = ParityTest.inputsDir().resolve("lockdep/CrossFileThreeLockCycle");

  private static String shape(Compiles.Result r) {
    StringBuilder sb = new StringBuilder();
    for (Compiles.Report rep : r.reports()) {
      sb.append(rep.kind()).append(' ').append(rep.rule()).append(" @").append(rep.file()).append(':')
          .append(rep.line()).append('\n');
    }
    return sb.toString();
  }

  @Test
  void crossFileCycleInEitherOrder() {
    List<Path> files = Compiles.javaFiles(CASE);
    List<Path> reversed = new ArrayList<>(files);
    Collections.reverse(reversed);
    for (List<Path> order : List.of(files, reversed)) {
      Compiles.Result ep = Compiles.compile(CASE, order, Compiles.errorProneOptions());
      Compiles.assertCompiles("Error Prone", ep);
      assertEquals("error LockOrderInversion @Alpha.java:20\n", shape(ep), ep.all());
      Compiles.Result plugin = Compiles.compile(CASE, order, Compiles.pluginOptions());
      assertEquals(plugin.reports(), ep.reports(), ep.all());
    }
  }

  /** Under javac's byfile policy later files are not attributed at the first match: the adapter attributes them. */
  @Test
  void byFilePolicy() {
    List<String> options = new ArrayList<>(Compiles.errorProneOptions());
    options.replaceAll(o -> o.equals("-XDcompilePolicy=simple") ? "-XDcompilePolicy=byfile" : o);
    Compiles.Result ep = Compiles.compile(CASE, Compiles.javaFiles(CASE), options);
    Compiles.assertCompiles("Error Prone", ep);
    assertEquals("error LockOrderInversion @Alpha.java:20\n", shape(ep), ep.all());
  }
}
