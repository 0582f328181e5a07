package dev.drivercheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's own small tests (the timing runs are not tests): determinism, and that a small
 * generated project compiles and DriverCheck reports exactly what was planted.
 */
class GeneratorTest {
  @TempDir Path tmp;

  private static String texts(Project p) {
    return p.files().stream().map(f -> f.path() + "\n" + f.text()).collect(Collectors.joining());
  }

  @Test
  void sameSeedSameSources() {
    GenConfig cfg = GenConfig.defaults(3_000).withBugs(1);
    assertEquals(texts(DriverGenerator.generate("a", cfg)), texts(DriverGenerator.generate("b", cfg)));
    assertNotEquals(texts(DriverGenerator.generate("a", cfg)),
        texts(DriverGenerator.generate("c", cfg.withSeed(7))));
    assertEquals(texts(LockGraphGenerator.generate("g", 5, 300, 5, 2)),
        texts(LockGraphGenerator.generate("g", 5, 300, 5, 2)));
  }

  @Test
  void sizeIsNearTheTarget() {
    Project p = DriverGenerator.generate("p", GenConfig.defaults(10_000));
    assertTrue(p.lineCount() >= 10_000 && p.lineCount() < 12_000, "lines: " + p.lineCount());
  }

  @Test
  void cleanProjectHasNoFinding() throws IOException {
    Path src = tmp.resolve("clean");
    DriverGenerator.generate("clean", GenConfig.defaults(2_000)).writeTo(src);
    assertEquals(List.of(), compile(src));
  }

  @Test
  void everyPlantedBugIsReportedAtItsMarker() throws IOException {
    Path src = tmp.resolve("bugs");
    DriverGenerator.generate("bugs", GenConfig.defaults(2_000).withBugs(1)).writeTo(src);
    List<Findings.Finding> expected = Findings.markers(src);
    assertEquals(PlantedBugs.ALL.size(), expected.size());
    List<Findings.Finding> actual = compile(src);
    assertEquals(List.of(), Findings.diff(expected, actual));
    Map<String, Integer> perRule = Findings.perRule(actual);
    for (PlantedBugs.PlantedBug b : PlantedBugs.ALL) {
      assertEquals(1, perRule.get(b.rule()), b.rule());
    }
  }

  @Test
  void lockGraphCyclesAreFoundAndAcyclicGraphIsClean() throws IOException {
    Path acyclic = tmp.resolve("acyclic");
    LockGraphGenerator.generate("g", 42, 300, 5, 0).writeTo(acyclic);
    assertEquals(List.of(), compile(acyclic));
    Path cycles = tmp.resolve("cycles");
    LockGraphGenerator.generate("g", 42, 300, 5, 3).writeTo(cycles);
    assertEquals(Map.of("LockOrderInversion", 3), Findings.perRule(compile(cycles)));
  }

  /** Compiles with javac in-process and the plugin, as test-inputs does; returns its reports. */
  private List<Findings.Finding> compile(Path src) throws IOException {
    List<String> options = List.of(Bench.PLUGIN, "-proc:none",
        "-d", Files.createDirectories(tmp.resolve("out-" + src.getFileName())).toString(),
        "-classpath", classPath(), "-encoding", "UTF-8", "-Xmaxerrs", "10000");
    List<Path> files;
    try (Stream<Path> s = Files.walk(src)) {
      files = s.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter out = new StringWriter();
    boolean ok;
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      // No DiagnosticListener: javac prints diagnostics to 'out' as on the command line.
      ok = javac.getTask(new PrintWriter(out), fm, null, options, null,
          fm.getJavaFileObjectsFromPaths(files)).call();
    }
    String text = out.toString();
    assertEquals(List.of(), Findings.javacErrors(text), text);
    List<Findings.Finding> findings = Findings.parse(text, src);
    assertEquals(findings.stream().noneMatch(f -> f.kind().equals("error")), ok, text);
    return findings;
  }

  static String classPath() {
    String cp = System.getProperty("java.class.path", "");
    String surefire = System.getProperty("surefire.test.class.path");
    if (surefire != null && !surefire.isBlank() && !cp.contains(java.io.File.pathSeparator)
        && cp.contains("surefirebooter")) {
      return surefire;
    }
    return cp;
  }
}
