package dev.drivercheck.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugin options through the real javac: a bad option is one clear error, never a crash. */
class PluginOptionsTest {
  @TempDir Path dir;

  @Test
  void parsesKnownOptions() {
    assertTrue(Options.parse("failOnInternalError=true").failOnInternalError());
    assertFalse(Options.parse("failOnInternalError=false").failOnInternalError());
    assertFalse(Options.parse().failOnInternalError());
    assertThrows(IllegalArgumentException.class, () -> Options.parse("failOnInternalError=maybe"));
  }

  @Test
  void unknownOptionIsOneErrorNotACrash() throws Exception {
    List<Diagnostic<? extends JavaFileObject>> diags = compile("-Xplugin:DriverCheck noSuchOption=1");
    List<Diagnostic<? extends JavaFileObject>> errors = diags.stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    assertEquals(1, errors.size(), diags.toString());
    assertTrue(errors.get(0).getMessage(null).contains("unknown DriverCheck option 'noSuchOption'"),
        errors.get(0).getMessage(null));
  }

  @Test
  void cleanFileHasNoDiagnostics() throws Exception {
    List<Diagnostic<? extends JavaFileObject>> diags = compile("-Xplugin:DriverCheck failOnInternalError=true");
    assertEquals(List.of(), diags.stream().filter(d -> d.getKind() != Diagnostic.Kind.NOTE).toList());
  }

  @Test
  void findingsFileCarriesRangesAndEvidencePlaces() throws Exception {
    Path out = dir.resolve("out").resolve("findings.json");
    String src = String.join("\n",
        "import dev.drivercheck.annotations.*;",
        "@LockType(LockKind.SPIN) class Spin { @Acquires void lock() {} @Releases void unlock() {} }",
        "class Dev {",
        "  final Spin s = new Spin();",
        "  @MightSleep void nap() {}",
        "  void f() {",
        "    s.lock();",
        "    nap();",
        "    s.unlock();",
        "  }",
        "}",
        "");
    compile("-Xplugin:DriverCheck findings=" + out, "Dev.java", src);
    String json = Files.readString(out);
    assertTrue(json.startsWith("{\n  \"version\": 1,"), json);
    assertTrue(json.contains("\"rule\": \"SleepInAtomic\""), json);
    assertTrue(json.contains("\"line\": 8, \"column\": 8, \"startLine\": 8, \"startColumn\": 5, \"endLine\": 8,"
        + " \"endColumn\": 10"), json);
    assertTrue(json.contains("{\"text\": \"atomic: Spin Dev.s (atomic) is held (acquired at Dev.java:7)\", \"location\": "
        + "{\"file\": "), json);
  }

  private List<Diagnostic<? extends JavaFileObject>> compile(String plugin) throws Exception {
    return compile(plugin, "Clean.java", "class Clean { void f() { Runnable r = () -> {}; r.run(); } }\n");
  }

  private List<Diagnostic<? extends JavaFileObject>> compile(String plugin, String name, String text) throws Exception {
    Path src = dir.resolve(name);
    Files.writeString(src, text);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
    try (var fm = javac.getStandardFileManager(diags, null, null)) {
      javac.getTask(null, fm, diags,
          List.of(plugin, "-d", dir.toString(), "-classpath", System.getProperty("java.class.path")),
          null, fm.getJavaFileObjects(src)).call();
    }
    return diags.getDiagnostics();
  }
}
