package dev.drivercheck.graph;

import dev.drivercheck.graph.LockGraphModel.Edge;
import dev.drivercheck.graph.LockGraphModel.Node;
import java.nio.file.Path;
import java.util.BitSet;

/**
 * Graphviz DOT of the lock-class graph. Nodes are named by their (unique) lock-class name, and
 * nodes and edges are sorted, so the same graph always gives the same text (diffable).
 */
public final class DotRenderer {
  private final Path base;

  /** @param base file paths below it are shown relative to it */
  public DotRenderer(Path base) {
    this.base = base;
  }

  public String render(LockGraphModel g) {
    StringBuilder b = new StringBuilder();
    b.append("digraph lockgraph {\n");
    b.append("  graph [rankdir=TB, fontname=\"Helvetica\", label=")
        .append(Escape.dot(summary(g))).append(", labelloc=t];\n");
    b.append("  node [fontname=\"Helvetica\", style=filled, fillcolor=\"#ffffff\"];\n");
    b.append("  edge [fontname=\"Helvetica\", fontsize=10, color=\"").append(Palette.EDGE)
        .append("\"];\n");
    for (int i : g.nodeOrder()) {
      Node n = g.nodes().get(i);
      b.append("  ").append(Escape.dot(n.label())).append(" [label=").append(Escape.dot(n.label()))
          .append(", shape=").append(n.sleeping() ? "box" : "ellipse")
          .append(", fillcolor=\"").append(Palette.fill(n.irqUse())).append('"')
          .append(", tooltip=").append(Escape.dot(tooltip(n))).append("];\n");
    }
    BitSet cycle = g.cycleEdges();
    for (int i : g.edgeOrder()) {
      Edge e = g.edges().get(i);
      b.append("  ").append(Escape.dot(g.nodes().get(e.from()).label())).append(" -> ")
          .append(Escape.dot(g.nodes().get(e.to()).label()))
          .append(" [label=").append(Escape.dot(shortSite(e)))
          .append(", tooltip=").append(Escape.dot(tooltip(g, e)));
      boolean onCycle = cycle.get(i);
      if (onCycle) {
        b.append(", color=\"").append(Palette.CYCLE).append("\", fontcolor=\"")
            .append(Palette.CYCLE).append("\", penwidth=2.5");
      }
      if (e.declared() || onCycle) {
        b.append(", style=").append(e.declared() && onCycle ? "\"dashed,bold\""
            : e.declared() ? "dashed" : "bold");
      }
      b.append("];\n");
    }
    return b.append("}\n").toString();
  }

  static String summary(LockGraphModel g) {
    return "DriverCheck lock-class graph: " + count(g.nodes().size(), "lock class", "lock classes")
        + ", " + count(g.edges().size(), "edge", "edges") + ", "
        + count(g.cycles().size(), "cycle", "cycles");
  }

  private String tooltip(Node n) {
    String t = n.label() + " (" + n.kind() + "); " + Palette.describe(n.irqUse());
    return n.declared() == null ? t : t + "; declared at " + n.declared().shown(base);
  }

  /** The file name and line only: whole paths would make the drawing unreadable. */
  private static String shortSite(Edge e) {
    Path name = Path.of(e.site().file()).getFileName();
    return (name == null ? e.site().file() : name.toString()) + ":" + e.site().line();
  }

  private String tooltip(LockGraphModel g, Edge e) {
    StringBuilder t = new StringBuilder();
    t.append(g.nodes().get(e.to()).label()).append(e.declared() ? " declared after " : " acquired while ")
        .append(g.nodes().get(e.from()).label()).append(e.declared() ? "" : " held")
        .append(" at ").append(e.site().shown(base)).append(" in ").append(e.method());
    if (e.held() != null) {
      t.append("; held since ").append(e.held().shown(base));
    }
    t.append("; via ").append(String.join(" -> ", e.chain()));
    return t.toString();
  }

  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
