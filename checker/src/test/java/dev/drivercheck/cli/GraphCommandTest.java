package dev.drivercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivercheck.cli.CheckCommandTest.Run;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drivercheck graph}: options, outputs and failures, run in-process. */
class GraphCommandTest {

  @TempDir
  Path dir;

  @Test
  void rendersAGivenJsonAsDotOnStandardOutput() throws IOException {
    Run r = CheckCommandTest.run("graph", "--json", fixture("abba.json").toString());
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().startsWith("digraph lockgraph {"), r.out());
    assertTrue(r.out().contains("\"Vm.lock\" -> \"Vm.xa\""), r.out());
    assertEquals("", r.err());
  }

  @Test
  void writesHtmlToAFile() throws IOException {
    Path out = dir.resolve("graph.html");
    Run r = CheckCommandTest.run("graph", "--format", "HTML", "-o", out.toString(), "--json",
        fixture("abba.json").toString());
    assertEquals(0, r.exit(), r.toString());
    assertEquals("", r.out());
    assertTrue(r.err().contains("drivercheck: wrote " + out + " (4 lock classes, 1 cycle)"),
        r.err());
    String page = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("<svg"), page);
  }

  @Test
  void badUsage() throws IOException {
    String json = fixture("abba.json").toString();
    assertUsage(CheckCommandTest.run("graph", "--format", "png", "--json", json),
        "unknown graph format 'png' (supported: dot, html)");
    assertUsage(CheckCommandTest.run("graph"),
        "missing PATHS: the .java files or folders to analyze");
    assertUsage(CheckCommandTest.run("graph", "--json", json, json),
        "give either PATHS to analyze or --json FILE, not both");
    assertUsage(CheckCommandTest.run("graph", "--json", dir.resolve("none.json").toString()),
        "no such file: ");
    assertUsage(CheckCommandTest.run("graph", "--json", fixture("version2.json").toString()),
        "lock graph version 2 is not supported (this DriverCheck reads version 1)");
    assertUsage(CheckCommandTest.run("graph", dir.resolve("Nope.java").toString()),
        "no such file or folder: ");
    assertUsage(CheckCommandTest.run("graph", "-o", dir.resolve("no/such/dir/g.dot").toString(),
        "--json", json), "its folder does not exist");
  }

  @Test
  void helpListsTheCommand() {
    Run top = CheckCommandTest.run("--help");
    assertTrue(top.out().contains("graph"), top.out());
    Run help = CheckCommandTest.run("graph", "--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("Usage: drivercheck graph [-hV] [--format=FORMAT]"), help.out());
  }

  @Test
  void noLockGraphWrittenIsAnInternalError() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Streams io = new Streams(new PrintWriter(out, true), new PrintWriter(err, true));
    GraphCommand.Outcome o = GraphCommand.outcome(CheckResult.empty(),
        dir.resolve("lockgraph.json"), io);
    assertEquals(3, o.exit());
    assertTrue(err.toString().contains("drivercheck: the analyzer wrote no lock graph"),
        err.toString());
  }

  @Test
  void writtenGraphIsRead() throws IOException {
    Path json = Files.copy(fixture("empty.json"), dir.resolve("lockgraph.json"));
    StringWriter err = new StringWriter();
    Streams io = new Streams(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    GraphCommand.Outcome o = GraphCommand.outcome(CheckResult.empty(), json, io);
    assertEquals(0, o.exit());
    assertTrue(o.graph().nodes().isEmpty());
    assertEquals("", err.toString());
  }

  @Test
  void pluginOptionsGoIntoTheOneXpluginArgument() {
    assertEquals("-Xplugin:DriverCheck", JavacRunner.pluginArgument(List.of()));
    assertEquals("-Xplugin:DriverCheck lockGraph=/tmp/g.json failOnInternalError=true",
        JavacRunner.pluginArgument(List.of("lockGraph=/tmp/g.json", "failOnInternalError=true")));
    assertThrows(IllegalArgumentException.class,
        () -> JavacRunner.pluginArgument(List.of("lockGraph=/tmp/a b.json")));
    assertThrows(IllegalArgumentException.class, () -> JavacRunner.pluginArgument(List.of("x")));
  }

  /** Two locks taken in both orders (AB in one method, BA in another): a two-edge cycle. */
  @Test
  void abbaSourceGivesACycleInDot() throws IOException {
    Path src = dir.resolve("Abba.java");
    Files.writeString(src, String.join("\n",
        "import dev.drivercheck.annotations.*;",
        "",
        "@LockType(LockKind.MUTEX)",
        "final class Mutex {",
        "  @Acquires void lock() {}",
        "  @Releases void unlock() {}",
        "}",
        "",
        "final class Abba {",
        "  final Mutex a = new Mutex();",
        "  final Mutex b = new Mutex();",
        "",
        "  void ab() {",
        "    a.lock();",
        "    b.lock();",
        "    b.unlock();",
        "    a.unlock();",
        "  }",
        "",
        "  void ba() {",
        "    b.lock();",
        "    a.lock();",
        "    a.unlock();",
        "    b.unlock();",
        "  }",
        "}",
        ""));
    Run r = CheckCommandTest.run("graph", src.toString());
    assertEquals(0, r.exit(), r.toString());
    String dot = r.out();
    assertTrue(dot.contains("\"Abba.a\" [label=\"Abba.a\", shape=box"), dot);
    assertTrue(dot.contains("\"Abba.b\" [label=\"Abba.b\", shape=box"), dot);
    List<String> ab = dot.lines().filter(l -> l.contains("\"Abba.a\" -> \"Abba.b\"")).toList();
    List<String> ba = dot.lines().filter(l -> l.contains("\"Abba.b\" -> \"Abba.a\"")).toList();
    assertEquals(1, ab.size(), dot);
    assertEquals(1, ba.size(), dot);
    assertTrue(ab.get(0).contains("color=\"#d62728\"") && ab.get(0).contains("style=bold"), dot);
    assertTrue(ba.get(0).contains("color=\"#d62728\"") && ba.get(0).contains("style=bold"), dot);
    assertTrue(dot.contains("1 cycle"), dot);
  }

  private static void assertUsage(Run r, String message) {
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("drivercheck: " + message) || r.err().contains(message),
        r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  private Path fixture(String name) throws IOException {
    Path file = dir.resolve(name);
    if (!Files.exists(file)) {
      try (InputStream in = GraphCommandTest.class.getResourceAsStream("/graph/" + name)) {
        Files.copy(in, file);
      }
    }
    return file;
  }
}
