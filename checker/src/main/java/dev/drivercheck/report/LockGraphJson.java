package dev.drivercheck.report;

import dev.drivercheck.summary.LockGraph;
import dev.drivercheck.summary.LockGraph.Edge;
import dev.drivercheck.summary.LockGraph.Node;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lock-class graph as JSON (version 1), for {@code drivercheck graph} and other tools: nodes
 * with their irq usage, edges with the place that made them and the call chain, and the cycles as
 * lists of edge indexes. Written by hand: the plugin carries no JSON library into user builds.
 */
public final class LockGraphJson {
  private LockGraphJson() {}

  public static void write(LockGraph g, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, render(g), StandardCharsets.UTF_8);
  }

  static String render(LockGraph g) {
    List<Node> nodes = g.nodes();
    Map<Node, Integer> ids = new HashMap<>();
    StringBuilder sb = new StringBuilder("{\n  \"version\": 1,\n  \"nodes\": [");
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      ids.put(n, i);
      List<String> irq = new ArrayList<>();
      if (!g.hardirq(n).isEmpty()) {
        irq.add(str("HARDIRQ"));
      }
      if (!g.softirq(n).isEmpty()) {
        irq.add(str("SOFTIRQ"));
      }
      if (!g.irqsOn(n).isEmpty()) {
        irq.add(str("IRQS_ON"));
      }
      sb.append(i == 0 ? "\n" : ",\n").append("    {\"id\": ").append(i).append(", \"name\": ").append(str(n.name()))
          .append(", \"kind\": ").append(str(n.kind() == null ? "UNKNOWN" : n.kind().name()))
          .append(", \"subclass\": ").append(n.subclass()).append(", \"irq\": [").append(String.join(", ", irq))
          .append("], \"declared\": null}");
    }
    sb.append(nodes.isEmpty() ? "],\n" : "\n  ],\n").append("  \"edges\": [");
    List<Edge> edges = g.edges();
    Map<Edge, Integer> index = new HashMap<>();
    for (int i = 0; i < edges.size(); i++) {
      Edge e = edges.get(i);
      index.put(e, i);
      List<String> chain = new ArrayList<>();
      if (!e.declared()) {
        chain.add(str(e.unit().display()));
        for (String c : e.taken().chain()) {
          chain.add(str(c));
        }
      }
      sb.append(i == 0 ? "\n" : ",\n").append("    {\"from\": ").append(ids.get(e.from())).append(", \"to\": ")
          .append(ids.get(e.to())).append(", \"declared\": ").append(e.declared())
          .append(", \"site\": ").append(site(e.site()))
          .append(", \"held\": ").append(e.declared() ? "null" : site(e.held().site()))
          .append(", \"method\": ").append(str(e.declared() ? "declared order" : e.unit().display()))
          .append(", \"chain\": [").append(String.join(", ", chain)).append("]}");
    }
    sb.append(edges.isEmpty() ? "],\n" : "\n  ],\n").append("  \"cycles\": [");
    List<List<Edge>> cycles = g.cycles();
    for (int i = 0; i < cycles.size(); i++) {
      List<String> at = new ArrayList<>();
      Edge reported = null;
      for (Edge e : cycles.get(i)) {
        at.add(String.valueOf(index.get(e)));
        if (!e.declared() && (reported == null || e.site().compareTo(reported.site()) < 0)) {
          reported = e;
        }
      }
      sb.append(i == 0 ? "\n" : ",\n").append("    {\"edges\": [").append(String.join(", ", at))
          .append("], \"reported\": ").append(reported == null ? "null" : site(reported.site())).append("}");
    }
    return sb.append(cycles.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
  }

  private static String site(Position p) {
    String file;
    try {
      URI uri = p.file().toUri();
      file = "file".equals(uri.getScheme()) ? Path.of(uri).toAbsolutePath().toString() : p.file().getName();
    } catch (RuntimeException e) {
      file = p.file().getName();
    }
    return "{\"file\": " + str(file) + ", \"line\": " + p.line() + ", \"column\": " + p.column() + "}";
  }

  /** A JSON string literal. */
  static String str(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
