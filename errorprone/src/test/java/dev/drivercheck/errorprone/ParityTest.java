package dev.drivercheck.errorprone;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * The Error Prone adapter finds what the plugin finds: every test-input family of
 * {@code test-inputs/} is compiled once with {@code -Xplugin:DriverCheck} and once with Error Prone
 * running only the DriverCheck checks, and the two sets of reports (rule, file, line, kind, message
 * with its evidence lines) must be equal.
 *
 * <p>Each family is compiled in one javac invocation (every case has its own package), which keeps
 * this fast and makes both front doors see a many-file compilation: whole-program findings that
 * span files (a lock cycle over three files) must be found by the adapter too. The findings are not
 * the per-case ones of test-inputs' suite (cases see each other here); that suite checks those.
 */
class ParityTest {
  private static final List<String> NOT_FAMILIES = List.of("src", "target", "maven-consumer");

  static Path inputsDir() {
    String prop = System.getProperty("drivercheck.testInputs");
    Path dir = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("..", "test-inputs");
    return dir.toAbsolutePath().normalize();
  }

  static List<Path> families() {
    try (Stream<Path> s = Files.list(inputsDir())) {
      return s.filter(Files::isDirectory)
          .filter(p -> !NOT_FAMILIES.contains(p.getFileName().toString()))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> sameFindingsAsThePlugin() {
    List<Path> families = families();
    assertTrue(families.size() >= 10, "expected the test-input families under " + inputsDir() + ": " + families);
    return families.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), f.toUri(), () -> parity(f)));
  }

  private static void parity(Path family) {
    List<Path> files = Compiles.javaFiles(family);
    assertFalse(files.isEmpty(), "no sources in " + family);
    Compiles.Result plugin = Compiles.compile(family, files, Compiles.pluginOptions());
    Compiles.Result ep = Compiles.compile(family, files, Compiles.errorProneOptions());
    Compiles.assertCompiles("plugin", plugin);
    Compiles.assertCompiles("Error Prone", ep);
    assertFalse(plugin.reports().isEmpty(), family + ": the plugin reported nothing (expected the positive cases)\n"
        + plugin.all());
    for (Compiles.Result r : List.of(plugin, ep)) {
      for (Compiles.Report rep : r.reports()) {
        if (rep.rule().equals("InternalError")) {
          throw new AssertionFailedError(family + ": internal error: " + rep + "\n" + r.all());
        }
      }
    }
    System.out.println("parity " + family.getFileName() + ": " + files.size() + " files, " + plugin.reports().size()
        + " reports from the plugin, " + ep.reports().size() + " from Error Prone");
    if (!plugin.reports().equals(ep.reports())) {
      List<Compiles.Report> onlyPlugin = new ArrayList<>(plugin.reports());
      onlyPlugin.removeAll(ep.reports());
      List<Compiles.Report> onlyEp = new ArrayList<>(ep.reports());
      onlyEp.removeAll(plugin.reports());
      StringBuilder sb = new StringBuilder(family.getFileName() + ": the plugin found " + plugin.reports().size()
          + ", Error Prone " + ep.reports().size() + " report(s)\n");
      sb.append("only from the plugin:\n");
      onlyPlugin.forEach(x -> sb.append("  ").append(x).append('\n'));
      sb.append("only from Error Prone:\n");
      onlyEp.forEach(x -> sb.append("  ").append(x).append('\n'));
      sb.append("--- Error Prone's diagnostics ---\n").append(ep.all());
      throw new AssertionFailedError(sb.toString());
    }
  }
}
