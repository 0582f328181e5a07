package dev.drivercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drivercheck} with no arguments, over a made-up repository. */
class BundledExamplesTest {

  @TempDir
  Path home;

  @Test
  void checksEachFamilyAndExitsZero() throws IOException {
    write("test-inputs/context/Clean.java", "import dev.drivercheck.annotations.*;\n"
        + "class Clean { @MightSleep void s() {} }\n");
    write("test-inputs/locks/nested/Other.java", "class Other {}\n");
    write("test-inputs/src/test/java/Suite.java", "class Suite { broken }\n");
    Files.createDirectories(home.resolve("test-inputs/target"));

    assertEquals(List.of(home.resolve("test-inputs/context"), home.resolve("test-inputs/locks")),
        BundledExamples.families(home.resolve("test-inputs")));

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new BundledExamples(home, new Streams(new PrintWriter(out), new PrintWriter(err)))
        .run();
    assertEquals(0, exit, out + "\n" + err);
    assertTrue(out.toString().contains("== context (1 file"), out.toString());
    assertTrue(out.toString().contains("context: no findings in 1 file"), out.toString());
    assertTrue(out.toString().contains("locks: no findings in 1 file"), out.toString());
    assertTrue(out.toString().contains("DriverCheck: no findings in 2 files"), out.toString());
    assertFalse(out.toString().contains("Suite"), out.toString());
  }

  @Test
  void examplesThatDoNotCompileExitTwo() throws IOException {
    write("test-inputs/context/Broken.java", "class Broken { int x = }\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new BundledExamples(home, new Streams(new PrintWriter(out), new PrintWriter(err)))
        .run();
    assertEquals(2, exit, out + "\n" + err);
    assertTrue(err.toString().contains("could not analyze 1 file that does not compile"),
        err.toString());
  }

  @Test
  void noExamplesIsBadUsage() {
    UsageException e = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
        () -> new BundledExamples(home, new Streams(new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()))).run());
    assertTrue(e.getMessage().startsWith("no bundled examples found in "), e.getMessage());
  }

  private void write(String relative, String text) throws IOException {
    Path file = home.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
