package dev.drivercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivercheck.cli.CheckCommandTest.Run;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code drivercheck annotate}, run in-process over the golden cases in
 * {@code src/test/resources/annotate/<case>/}: the sources in {@code in/} are annotated in a copy,
 * which must then equal {@code out/}; a second run changes nothing.
 */
class AnnotateCommandTest {

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"sleeping", "annotated", "nosleep", "overloads", "nested", "wildcard",
      "formatting"})
  void annotatesAsTheGoldenFilesSayAndASecondRunChangesNothing(String name) throws Exception {
    Path work = copyOf(name);
    Run first = CheckCommandTest.run("annotate", work.toString());
    assertEquals(0, first.exit(), first.toString());
    assertEquals(texts(resource(name).resolve("out")), texts(work), first.toString());

    Run second = CheckCommandTest.run("annotate", work.toString());
    assertEquals(0, second.exit(), second.toString());
    assertEquals(texts(resource(name).resolve("out")), texts(work), second.toString());
    assertTrue(second.out().contains("DriverCheck: nothing to annotate"), second.out());
  }

  @Test
  void reportsWhatItAdded() throws Exception {
    Path work = copyOf("sleeping");
    Run r = CheckCommandTest.run("annotate", work.toString());
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("Driver.java:"), r.out());
    assertTrue(r.out().contains(": @MightSleep Driver.bind(): "), r.out());
    assertTrue(r.out().contains(": @MightSleep Driver(): "), r.out());
    assertTrue(r.out().contains("DriverCheck: added @MightSleep to 3 methods in 1 file"), r.out());
  }

  @Test
  void anonymousAndLocalClassesAreLeftAloneWithoutWarnings() throws Exception {
    Run r = CheckCommandTest.run("annotate", copyOf("nested").toString());
    assertEquals(0, r.exit(), r.toString());
    assertFalse(r.err().contains("warning"), r.err());
  }

  @Test
  void aNoSleepMethodThatSleepsIsANoteNotAnEdit() throws Exception {
    Path work = copyOf("nosleep");
    Run r = CheckCommandTest.run("annotate", work.toString());
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.err().contains("Atomic.irqHandler() is @NoSleep but may sleep"), r.err());
    assertTrue(r.err().contains("drivercheck check reports it"), r.err());
  }

  @Test
  void noSleepMarksTheMatchingMethodsThatCannotSleepAndNamesTheOthers() throws Exception {
    Path work = copyOf("promise");
    Run first = CheckCommandTest.run("annotate", "--no-sleep", "Regs.*", work.toString());
    assertEquals(0, first.exit(), first.toString());
    assertEquals(texts(resource("promise").resolve("out")), texts(work), first.toString());
    assertTrue(first.err().contains("Regs.reset() matches --no-sleep but may sleep"), first.err());
    assertTrue(first.out().contains("DriverCheck: added @MightSleep to 1 method and @NoSleep to 3 methods in 1 file"),
        first.out());

    Run second = CheckCommandTest.run("annotate", "--no-sleep", "drv.Regs.*", work.toString());
    assertEquals(0, second.exit(), second.toString());
    assertEquals(texts(resource("promise").resolve("out")), texts(work), second.toString());
    assertTrue(second.out().contains("DriverCheck: nothing to annotate"), second.out());
  }

  @Test
  void withoutNoSleepNothingIsPromised() throws Exception {
    Path work = copyOf("promise");
    Run r = CheckCommandTest.run("annotate", work.toString());
    assertEquals(0, r.exit(), r.toString());
    assertFalse(texts(work).values().stream().anyMatch(t -> t.contains("@NoSleep")), texts(work).toString());
  }

  @Test
  void dryRunPrintsAUnifiedDiffAndChangesNoFile() throws Exception {
    Path work = copyOf("sleeping");
    Map<String, String> before = texts(work);
    Run r = CheckCommandTest.run("annotate", "--dry-run", work.toString());
    assertEquals(0, r.exit(), r.toString());
    assertEquals(before, texts(work));
    Path driver = work.resolve("Driver.java");
    String shown = driver.toString();
    String expected = String.join("\n",
        "--- " + shown,
        "+++ " + shown,
        "@@ -1,17 +1,22 @@",
        " package demo;",
        " ",
        "+import dev.drivercheck.annotations.MightSleep;",
        "+",
        " public class Driver {",
        "   private int state;",
        " ",
        "+  @MightSleep",
        "   public Driver() {",
        "     Helper.sleep();",
        "   }",
        " ",
        "+  @MightSleep",
        "   public void probe() {",
        "     Helper.sleep();",
        "     state = Helper.pure(state);",
        "   }",
        " ",
        "+  @MightSleep",
        "   void bind() {",
        "     probe();",
        "   }",
        "");
    assertEquals(expected, r.out());
    assertTrue(r.err().contains(
        "DriverCheck: would add @MightSleep to 3 methods in 1 file (dry run: no file changed)"),
        r.err());
  }

  @Test
  void sourcesThatDoNotCompileChangeNothing() throws Exception {
    Path work = copyOf("sleeping");
    Files.writeString(work.resolve("Broken.java"), "package demo;\nclass Broken { int x = ; }\n");
    Map<String, String> before = texts(work);
    Run r = CheckCommandTest.run("annotate", work.toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("could not analyze 1 file that does not compile"), r.err());
    assertTrue(r.err().contains("no file changed"), r.err());
    assertEquals(before, texts(work));
  }

  @Test
  void badUsageAndHelp() {
    Run missing = CheckCommandTest.run("annotate");
    assertEquals(2, missing.exit(), missing.toString());
    assertTrue(missing.err().contains("Missing required parameter"), missing.err());
    Run nope = CheckCommandTest.run("annotate", dir.resolve("Nope.java").toString());
    assertEquals(2, nope.exit(), nope.toString());
    assertTrue(nope.err().contains("no such file or folder: "), nope.err());
    Run top = CheckCommandTest.run("--help");
    assertTrue(top.out().contains("annotate"), top.out());
    Run help = CheckCommandTest.run("annotate", "--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("Usage: drivercheck annotate [-hnV]"), help.out());
  }

  /** A fresh copy of a case's {@code in/} folder. */
  private Path copyOf(String name) throws IOException, URISyntaxException {
    Path to = Files.createDirectories(dir.resolve(name));
    try (Stream<Path> files = Files.list(resource(name).resolve("in"))) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return to;
  }

  static Path resource(String name) throws URISyntaxException {
    URL url = AnnotateCommandTest.class.getResource("/annotate/" + name);
    assertTrue(url != null, "no test resource annotate/" + name);
    return Path.of(url.toURI());
  }

  /** File name to text, for a whole-folder comparison with a readable failure. */
  static Map<String, String> texts(Path folder) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.sorted().toList()) {
        out.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

}
