package dev.drivercheck.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DotRendererTest {

  private final DotRenderer dot = new DotRenderer(Fixtures.BASE);

  @Test
  void nodesHaveShapesByKindAndColorsByIrqUse() {
    String out = dot.render(Fixtures.model("abba.json"));
    assertTrue(out.startsWith("digraph lockgraph {\n"), out);
    assertTrue(out.endsWith("}\n"), out);
    assertTrue(out.contains("  \"Vm.lock\" [label=\"Vm.lock\", shape=box, fillcolor=\"#ffffff\""),
        out);
    assertTrue(out.contains("  \"Vm.xa\" [label=\"Vm.xa\", shape=ellipse, fillcolor=\"#f7b9b9\""),
        out);
    assertTrue(out.contains("  \"Gpu.ring/1\" [label=\"Gpu.ring/1\", shape=ellipse"), out);
  }

  @Test
  void cycleEdgesAreRedAndBoldOthersNot() {
    List<String> lines = dot.render(Fixtures.model("abba.json")).lines().toList();
    String ab1 = only(lines, "\"Vm.lock\" -> \"Vm.xa\" [label=\"Vm.java:40\"");
    String ba = only(lines, "\"Vm.xa\" -> \"Vm.lock\" [label=\"Helper.java:20\"");
    for (String cyc : List.of(ab1, ba)) {
      assertTrue(cyc.contains("color=\"#d62728\"") && cyc.contains("style=bold")
          && cyc.contains("penwidth=2.5"), cyc);
    }
    // the second A -> B site is not on the reported cycle
    String ab2 = only(lines, "\"Vm.lock\" -> \"Vm.xa\" [label=\"Vm.java:55\"");
    assertTrue(!ab2.contains("#d62728") && !ab2.contains("style="), ab2);
    String declared = only(lines, "\"Vm.xa\" -> \"Gpu.ring/1\"");
    assertTrue(declared.contains("style=dashed"), declared);
    assertTrue(ab1.contains("tooltip=\"Vm.xa acquired while Vm.lock held at src/Vm.java:40 in"
        + " Vm.map; held since src/Vm.java:38; via Vm.map -> Helper.take -> SpinLock.lock\""), ab1);
  }

  @Test
  void edgesAreSortedByFromThenToThenSite() {
    List<String> edges = dot.render(Fixtures.model("abba.json")).lines()
        .filter(l -> l.contains(" -> ")).map(l -> l.substring(0, l.indexOf(" ["))).toList();
    assertEquals(List.of(
        "  \"Gpu.ring/1\" -> \"Odd<\\\"&'\\\\name>\"",
        "  \"Vm.lock\" -> \"Vm.xa\"",
        "  \"Vm.lock\" -> \"Vm.xa\"",
        "  \"Vm.xa\" -> \"Gpu.ring/1\"",
        "  \"Vm.xa\" -> \"Vm.lock\""), edges);
  }

  @Test
  void oddNamesAreEscaped() {
    String out = dot.render(Fixtures.model("abba.json"));
    assertTrue(out.contains("\"Odd<\\\"&'\\\\name>\" [label=\"Odd<\\\"&'\\\\name>\""), out);
    assertEquals("\"a\\\"b\\\\c\\nd\"", Escape.dot("a\"b\\c\nd"));
  }

  @Test
  void emptyGraphIsAValidDigraph() {
    String out = dot.render(Fixtures.model("empty.json"));
    assertTrue(out.contains("0 lock classes, 0 edges, 0 cycles"), out);
    assertTrue(out.endsWith("}\n"));
    assertTrue(out.lines().noneMatch(l -> l.contains("->")), out);
  }

  @Test
  void deterministic() {
    assertEquals(dot.render(Fixtures.model("abba.json")), dot.render(Fixtures.model("abba.json")));
  }

  private static String only(List<String> lines, String part) {
    List<String> hits = lines.stream().filter(l -> l.contains(part)).toList();
    assertEquals(1, hits.size(), part + " in " + lines);
    return hits.get(0);
  }
}
