package dev.drivercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line run in-process: exit codes and the lines users see. */
class CheckCommandTest {

  @TempDir
  Path dir;

  /** Exit code, stdout and stderr of one run. */
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, new PrintStream(out, true), new PrintStream(err, true));
    Charset cs = Charset.defaultCharset();
    return new Run(exit, out.toString(cs), err.toString(cs));
  }

  @Test
  void missingPathIsBadUsage() {
    Run r = run("check", dir.resolve("Nope.java").toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("drivercheck: no such file or folder: "), r.err());
    assertNoStackTrace(r);
  }

  @Test
  void folderWithoutJavaFilesIsBadUsage() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Files.writeString(empty.resolve("README.txt"), "not java");
    Run r = run("check", empty.toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("drivercheck: no .java files in folder: "), r.err());
    assertNoStackTrace(r);
  }

  @Test
  void unknownOptionIsBadUsage() throws IOException {
    Run r = run("check", "--frobnicate", clean().toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("Unknown option: '--frobnicate'"), r.err());
    assertTrue(r.err().contains("Try 'drivercheck check --help'"), r.err());
    assertNoStackTrace(r);
  }

  @Test
  void missingPathsIsBadUsage() {
    Run r = run("check");
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("Missing required parameter"), r.err());
  }

  @Test
  void unknownFormatIsBadUsage() throws IOException {
    Run r = run("check", "--format", "xml", clean().toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("unknown format 'xml' (supported: text, json, sarif, html, github)"),
        r.err());
  }

  @Test
  void cleanFileImportingTheAnnotationsHasNoFindings() throws IOException {
    Run r = run("check", clean().toString());
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("DriverCheck: no findings in 1 file"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void cleanFolderWithClasspathHasNoFindings() throws IOException {
    Path src = Files.createDirectories(dir.resolve("src/pkg"));
    Files.writeString(src.resolve("Helper.java"), "package pkg;\npublic class Helper {}\n");
    Files.writeString(src.resolve("User.java"), "package pkg;\nclass User { Helper h; }\n");
    Run r = run("check", "-cp", dir.toString(), dir.resolve("src").toString());
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("DriverCheck: no findings in 2 files"), r.out());
  }

  @Test
  void fileThatDoesNotCompileIsReportedAndNotAnalyzed() throws IOException {
    Path broken = dir.resolve("Broken.java");
    Files.writeString(broken, "class Broken {\n  void f() { int x = 1 }\n}\n");
    Run r = run("check", broken.toString(), clean().toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("Broken.java:2: error: "), r.err());
    assertTrue(r.err().contains("DriverCheck: could not analyze 1 file that does not compile: ")
        && r.err().contains("Broken.java"), r.err());
    assertTrue(r.out().contains("DriverCheck: no findings in 1 file"), r.out());
    assertNoStackTrace(r);
  }

  /** Lambdas whose types do not resolve once crashed the scanner and aborted javac. */
  @Test
  void lambdasOfUnresolvedTypesDoNotCrash() throws IOException {
    Path broken = dir.resolve("Lambdas.java");
    Files.writeString(broken, String.join("\n",
        "class Lambdas {",
        "  void f() {",
        "    Undefined u = () -> { };",
        "    Runnable r = () -> nope();",
        "    Object o = (Foo) x -> x;",
        "  }",
        "}",
        ""));
    Run r = run("check", broken.toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("Lambdas.java:3: error: cannot find symbol"), r.err());
    assertFalse(r.err().contains("InternalError") || r.out().contains("InternalError"), r.toString());
    assertNoStackTrace(r);
  }

  @Test
  void helpAndVersionExitZero() {
    Run help = run("check", "--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("Usage: drivercheck check"), help.out());
    Run version = run("--version");
    assertEquals(0, version.exit());
    assertTrue(version.out().startsWith("DriverCheck "), version.out());
  }

  private Path clean() throws IOException {
    Path file = dir.resolve("Clean.java");
    Files.writeString(file, String.join("\n",
        "import dev.drivercheck.annotations.*;",
        "",
        "class Clean {",
        "  @MightSleep void sleep() {}",
        "",
        "  @NoSleep int add(int a, int b) { return a + b; }",
        "",
        "  void caller() { sleep(); }",
        "}",
        ""));
    return file;
  }

  private static void assertNoStackTrace(Run r) {
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
  }
}
