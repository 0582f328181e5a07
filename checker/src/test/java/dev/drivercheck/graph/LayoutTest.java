package dev.drivercheck.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LayoutTest {

  @Test
  void acyclicEdgesPointDownAndEndOnTheirNodes() {
    // a -> b -> c, a -> c: c is two layers below a, so a -> c bends once
    LockGraphModel g = graph(3, new int[][] {{0, 1}, {1, 2}, {0, 2}});
    Layout layout = Layout.of(g);
    assertTrue(layout.y(0) < layout.y(1) && layout.y(1) < layout.y(2));
    for (Layout.Link link : layout.links()) {
      double[] first = link.points().get(0);
      double[] last = link.points().get(link.points().size() - 1);
      assertEquals(layout.y(link.from()) + Layout.NODE_HEIGHT / 2, first[1], 0.01);
      assertEquals(layout.y(link.to()) - Layout.NODE_HEIGHT / 2, last[1], 0.01);
      assertEquals(layout.y(link.to()) - layout.y(link.from()) > 100 ? 3 : 2,
          link.points().size());
    }
  }

  @Test
  void cycleEdgesStillRunFromSourceToTargetAndOppositeArrowsDoNotOverlap() {
    LockGraphModel g = graph(2, new int[][] {{0, 1}, {1, 0}});
    Layout layout = Layout.of(g);
    Layout.Link ab = layout.links().get(0);
    Layout.Link ba = layout.links().get(1);
    assertEquals(0, ab.from());
    assertEquals(1, ba.from());
    double[] baStart = ba.points().get(0);
    double[] abStart = ab.points().get(0);
    // each starts at its own source's border and the two lines are apart
    assertEquals(Layout.NODE_HEIGHT / 2, Math.abs(baStart[1] - layout.y(1)), 0.01);
    assertEquals(Layout.NODE_HEIGHT / 2, Math.abs(abStart[1] - layout.y(0)), 0.01);
    assertTrue(Math.abs(abStart[0] - ba.points().get(1)[0]) >= 5);
  }

  @Test
  void orderingRemovesAvoidableCrossings() {
    // name order puts L0 over L2 and L1 over L3, but the edges are L0 -> L3 and L1 -> L2
    Layout layout = Layout.of(graph(4, new int[][] {{0, 3}, {1, 2}}));
    assertEquals(layout.y(0), layout.y(1), 0.01);
    assertTrue(layout.y(2) > layout.y(0));
    assertTrue(layout.x(0) < layout.x(1) == layout.x(3) < layout.x(2), "no crossing");
  }

  @Test
  void sourcesSitJustAboveTheirTargets() {
    // L0 -> L1 -> L2 -> L3 and L4 -> L3: L4 goes on L3's upper layer, not on top
    Layout layout = Layout.of(graph(5, new int[][] {{0, 1}, {1, 2}, {2, 3}, {4, 3}}));
    assertEquals(layout.y(2), layout.y(4), 0.01);
  }

  @Test
  void nodesOfOneLayerDoNotOverlapInALargeRandomGraph() {
    int n = 600;
    Random random = new Random(42);
    int[][] edges = new int[1800][];
    for (int i = 0; i < edges.length; i++) {
      edges[i] = new int[] {random.nextInt(n), random.nextInt(n)};
    }
    LockGraphModel g = graph(n, edges);
    Layout layout = Layout.of(g);
    Map<Double, List<Integer>> rows = new HashMap<>();
    for (int i = 0; i < n; i++) {
      rows.computeIfAbsent(layout.y(i), y -> new ArrayList<>()).add(i);
    }
    for (List<Integer> row : rows.values()) {
      row.sort((a, b) -> Double.compare(layout.x(a), layout.x(b)));
      for (int k = 1; k < row.size(); k++) {
        int a = row.get(k - 1);
        int b = row.get(k);
        assertTrue(layout.x(a) + layout.width(a) / 2 <= layout.x(b) - layout.width(b) / 2,
            "overlap");
      }
    }
    for (int i = 0; i < n; i++) {
      assertTrue(layout.x(i) - layout.width(i) / 2 >= 0
          && layout.x(i) + layout.width(i) / 2 <= layout.width() + 0.01, "inside the drawing");
    }
  }

  @Test
  void emptyGraph() {
    Layout layout = Layout.of(graph(0, new int[0][]));
    assertTrue(layout.links().isEmpty());
    assertTrue(layout.width() > 0 && layout.height() > 0);
  }

  /** Nodes L0..L(n-1) of mixed kinds, the given edges, no cycles listed. */
  static LockGraphModel graph(int n, int[][] edges) {
    StringBuilder json = new StringBuilder("{\"version\":1,\"nodes\":[");
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",").append(LockGraphModelTest.node(i, String.format("L%04d", i)));
    }
    json.append("],\"edges\":[");
    for (int i = 0; i < edges.length; i++) {
      json.append(i == 0 ? "" : ",").append(LockGraphModelTest.edge(edges[i][0], edges[i][1]));
    }
    return LockGraphModel.parse(json.append("]}").toString());
  }
}
