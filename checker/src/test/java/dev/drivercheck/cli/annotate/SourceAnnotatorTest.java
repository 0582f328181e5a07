package dev.drivercheck.cli.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The source edits alone, with inferred facts written by hand. */
class SourceAnnotatorTest {

  private static InferredMethod sleeps(String cls, String name, int line, String... params) {
    return new InferredMethod(cls, name, List.of(params), name.equals("<init>"), "/x/A.java", line,
        true, false, false, "A -> Helper.sleep");
  }

  @Test
  void noPackageAndNoImportsPutsTheImportOnTop() throws Exception {
    String in = "class A {\n  void f() {}\n}\n";
    SourceAnnotator.Result r = SourceAnnotator.annotate(in, List.of(sleeps("A", "f", 2)));
    assertEquals("import dev.drivercheck.annotations.MightSleep;\n\n"
        + "class A {\n  @MightSleep\n  void f() {}\n}\n", r.text());
  }

  @Test
  void anotherMightSleepInScopeMakesTheAnnotationQualified() throws Exception {
    String in = "package p;\n\nimport other.MightSleep;\n\nclass A {\n  void f() {}\n}\n";
    SourceAnnotator.Result r = SourceAnnotator.annotate(in, List.of(sleeps("p.A", "f", 6)));
    assertEquals("package p;\n\nimport other.MightSleep;\n\nclass A {\n"
        + "  @dev.drivercheck.annotations.MightSleep\n  void f() {}\n}\n", r.text());
  }

  @Test
  void lineEndingsAndTabsAreKept() throws Exception {
    String in = "package p;\r\n\r\nimport java.util.List;\r\n\r\nclass A {\r\n\tvoid f(List<String> l) {}\r\n}\r\n";
    SourceAnnotator.Result r = SourceAnnotator.annotate(in,
        List.of(sleeps("p.A", "f", 6, "java.util.List")));
    assertEquals("package p;\r\n\r\nimport dev.drivercheck.annotations.MightSleep;\r\n"
        + "import java.util.List;\r\n\r\nclass A {\r\n\t@MightSleep\r\n\tvoid f(List<String> l) {}\r\n}\r\n",
        r.text());
  }

  @Test
  void aLocalClassMethodDoesNotLandOnATopLevelClassOfTheSameName() throws Exception {
    // javac names a local class by its simple name: "Local" here is the local class at line 4.
    String in = "class Local {\n  void go() {}\n  void m() {\n    class Local { void go() {} }\n  }\n}\n";
    SourceAnnotator.Result r = SourceAnnotator.annotate(in, List.of(sleeps("Local", "go", 4)));
    assertEquals(in, r.text());
    assertEquals(List.of(), r.unmatched()); // left alone on purpose: no warning
  }

  @Test
  void implicitDeclarationsAreUnmatchedAndNothingChanges() throws Exception {
    String in = "package p;\n\nclass A {\n  int x = 1;\n}\n";
    SourceAnnotator.Result r = SourceAnnotator.annotate(in, List.of(sleeps("p.A", "<init>", 3)));
    assertEquals(in, r.text());
    assertEquals(List.of(), r.added());
    assertEquals(1, r.unmatched().size());
  }

  @Test
  void onlyMethodsThatWantItAreConsidered() throws Exception {
    String in = "class A {\n  void f() {}\n}\n";
    InferredMethod noSleep = new InferredMethod("A", "f", List.of(), false, "/x/A.java", 2, true,
        false, true, "A.f -> B.g");
    InferredMethod idle = new InferredMethod("A", "f", List.of(), false, "/x/A.java", 2, false,
        false, false, null);
    assertEquals(in, SourceAnnotator.annotate(in, List.of(noSleep, idle)).text());
  }
}
