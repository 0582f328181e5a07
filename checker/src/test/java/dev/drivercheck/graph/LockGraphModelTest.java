package dev.drivercheck.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivercheck.graph.LockGraphModel.IrqUse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockGraphModelTest {

  @Test
  void readsNodesEdgesAndCyclesMappingIdsToIndexes() {
    LockGraphModel g = Fixtures.model("abba.json");
    assertEquals(4, g.nodes().size());
    assertEquals(5, g.edges().size());
    assertEquals(1, g.cycles().size());
    LockGraphModel.Edge e = g.edges().get(1);
    assertEquals(1, e.from()); // id 11
    assertEquals(0, e.to()); // id 10
    assertNull(e.held());
    assertEquals(List.of("Helper.unmap", "Mutex.lock"), e.chain());
    assertTrue(g.edges().get(2).declared());
    assertEquals("Gpu.ring/1", g.nodes().get(2).label());
    assertTrue(g.nodes().get(0).sleeping());
    assertFalse(g.nodes().get(1).sleeping());
    assertEquals(IrqUse.INCONSISTENT, g.nodes().get(1).irqUse());
    assertEquals(IrqUse.HARDIRQ, g.nodes().get(2).irqUse());
    assertEquals(IrqUse.SOFTIRQ, g.nodes().get(3).irqUse());
    assertEquals(IrqUse.NONE, g.nodes().get(0).irqUse());
    assertEquals(List.of("Vm.lock", "Vm.xa", "Vm.lock"), g.cycleLabels(g.cycles().get(0)));
    assertEquals("{0, 1}", g.cycleEdges().toString());
  }

  @Test
  void sitesBelowTheBaseAreShownRelative() {
    LockGraphModel g = Fixtures.model("abba.json");
    assertEquals(Path.of("src", "Vm.java") + ":40", g.edges().get(0).site().shown(Fixtures.BASE));
    assertEquals("/elsewhere/Odd.java:30", g.edges().get(4).site().shown(Fixtures.BASE));
  }

  @Test
  void emptyGraph() {
    LockGraphModel g = Fixtures.model("empty.json");
    assertTrue(g.nodes().isEmpty() && g.edges().isEmpty() && g.cycles().isEmpty());
  }

  @Test
  void otherVersionIsAClearError() {
    LockGraphException e = assertThrows(LockGraphException.class,
        () -> Fixtures.model("version2.json"));
    assertEquals("lock graph version 2 is not supported (this DriverCheck reads version 1)",
        e.getMessage());
    e = assertThrows(LockGraphException.class, () -> LockGraphModel.parse("{\"nodes\": []}"));
    assertTrue(e.getMessage().contains("has no version"), e.getMessage());
  }

  @Test
  void malformedInputSaysWhere() {
    assertMessage("{", "not valid JSON");
    assertMessage("[1]", "not a JSON object");
    assertMessage("{\"version\":1,\"edges\":[]}", "nodes: missing or not an array");
    assertMessage("{\"version\":1,\"nodes\":[{\"id\":0,\"kind\":\"SPIN\"}],\"edges\":[]}",
        "nodes[0].name: missing or not a string");
    assertMessage("{\"version\":1,\"nodes\":[" + node(0, "A") + "," + node(0, "B") + "],"
        + "\"edges\":[]}", "nodes[1]: duplicate node id 0");
    assertMessage("{\"version\":1,\"nodes\":[" + node(0, "A") + "],\"edges\":[" + edge(0, 7)
        + "]}", "edges[0].to: no node has id 7");
    assertMessage("{\"version\":1,\"nodes\":[" + node(0, "A") + "],\"edges\":[" + edge(0, 0)
        + "],\"cycles\":[{\"edges\":[1]}]}", "cycles[0].edges: 1 is not an edge index");
  }

  private static void assertMessage(String json, String part) {
    LockGraphException e = assertThrows(LockGraphException.class, () -> LockGraphModel.parse(json));
    assertTrue(e.getMessage().contains(part), e.getMessage());
  }

  static String node(int id, String name) {
    return "{\"id\":" + id + ",\"name\":\"" + name + "\",\"kind\":\"SPIN\",\"subclass\":0,"
        + "\"irq\":[],\"declared\":null}";
  }

  static String edge(int from, int to) {
    return "{\"from\":" + from + ",\"to\":" + to + ",\"declared\":false,\"site\":{\"file\":"
        + "\"/base/A.java\",\"line\":" + (10 + to) + ",\"column\":1},\"held\":null,"
        + "\"method\":\"A.f\",\"chain\":[\"A.f\"]}";
  }
}
