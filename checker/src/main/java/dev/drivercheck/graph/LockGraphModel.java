package dev.drivercheck.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lock-class graph as the engine writes it ({@code -Xplugin:"DriverCheck lockGraph=FILE"},
 * JSON version 1). Nodes are addressed by their index in {@link #nodes()}; the JSON ids are mapped
 * to indexes on reading so renderers never look ids up.
 *
 * @param nodes lock classes, in file order
 * @param edges "to acquired while from held", in file order (cycles index into this list)
 * @param cycles each a list of edge indexes in cycle order
 */
public record LockGraphModel(List<Node> nodes, List<Edge> edges, List<Cycle> cycles) {

  public static final int VERSION = 1;

  /** Lock kinds that sleep: drawn as boxes. The others make the holder atomic: ellipses. */
  private static final Set<String> SLEEPING = Set.of("MUTEX", "RW_SEMAPHORE", "WW_MUTEX", "SRCU");

  /** A source position; {@code file} is absolute as written by the engine. */
  public record Site(String file, int line, int column) {
    /** {@code path:line}, the path relative to {@code base} when it lies below it. */
    public String shown(Path base) {
      return shownPath(base) + ":" + line;
    }

    public String shownPath(Path base) {
      try {
        Path p = Path.of(file).toAbsolutePath().normalize();
        Path b = base.toAbsolutePath().normalize();
        return p.startsWith(b) && !p.equals(b) ? b.relativize(p).toString() : p.toString();
      } catch (RuntimeException e) {
        return file; // not a path on this system: show it as written
      }
    }
  }

  /** How a lock class was used with respect to interrupts; decides its color. */
  public enum IrqUse {
    NONE, IRQS_ON, SOFTIRQ, HARDIRQ,
    /** Used in an IRQ context and elsewhere with interrupts enabled: lockdep's inconsistent state. */
    INCONSISTENT
  }

  /** One lock class (class, subclass). */
  public record Node(int id, String name, String kind, int subclass, List<String> irq,
      Site declared) {
    public String label() {
      return subclass == 0 ? name : name + "/" + subclass;
    }

    public boolean sleeping() {
      return SLEEPING.contains(kind);
    }

    public IrqUse irqUse() {
      boolean hard = irq.contains("HARDIRQ");
      boolean soft = irq.contains("SOFTIRQ");
      boolean on = irq.contains("IRQS_ON");
      if ((hard || soft) && on) {
        return IrqUse.INCONSISTENT;
      }
      return hard ? IrqUse.HARDIRQ : soft ? IrqUse.SOFTIRQ : on ? IrqUse.IRQS_ON : IrqUse.NONE;
    }
  }

  /**
   * {@code to} acquired at {@code site} while {@code from} (taken at {@code held}) was held.
   *
   * @param from node index
   * @param to node index
   * @param declared from {@code @AcquiredBefore/@AcquiredAfter}; site is the annotation
   * @param held may be null
   */
  public record Edge(int from, int to, boolean declared, Site site, Site held, String method,
      List<String> chain) {}

  /** @param reported where the cycle is reported; may be null */
  public record Cycle(List<Integer> edges, Site reported) {}

  /** Reads a file written by the engine. */
  public static LockGraphModel read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Parses version-1 JSON; anything malformed is a {@link LockGraphException} saying where. */
  public static LockGraphModel parse(String json) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new LockGraphException("lock graph is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new LockGraphException("lock graph is not a JSON object");
    }
    JsonNode version = root.get("version");
    if (version == null || !version.isInt()) {
      throw new LockGraphException("lock graph has no version (this DriverCheck reads version "
          + VERSION + ")");
    }
    if (version.intValue() != VERSION) {
      throw new LockGraphException("lock graph version " + version.intValue()
          + " is not supported (this DriverCheck reads version " + VERSION + ")");
    }
    Reader r = new Reader();
    List<Node> nodes = new ArrayList<>();
    Map<Integer, Integer> index = new HashMap<>();
    Set<String> names = new HashSet<>();
    for (JsonNode n : r.array(root, "nodes", "")) {
      String at = "nodes[" + nodes.size() + "]";
      int id = r.integer(n, "id", at);
      String name = r.string(n, "name", at);
      if (index.putIfAbsent(id, nodes.size()) != null) {
        throw new LockGraphException(at + ": duplicate node id " + id);
      }
      int sub = n.path("subclass").asInt(0);
      if (!names.add(sub == 0 ? name : name + "/" + sub)) { // one class, several nesting subclasses
        throw new LockGraphException(at + ": duplicate node '" + name + "' subclass " + sub);
      }
      List<String> irq = new ArrayList<>();
      JsonNode bits = n.get("irq");
      if (bits != null && !bits.isNull()) {
        for (JsonNode b : r.array(n, "irq", at)) {
          irq.add(r.text(b, at + ".irq"));
        }
      }
      nodes.add(new Node(id, name, r.string(n, "kind", at), r.optInt(n, "subclass", at),
          List.copyOf(irq), r.site(n, "declared", at, true)));
    }
    List<Edge> edges = new ArrayList<>();
    for (JsonNode e : r.array(root, "edges", "")) {
      String at = "edges[" + edges.size() + "]";
      List<String> chain = new ArrayList<>();
      for (JsonNode c : r.array(e, "chain", at)) {
        chain.add(r.text(c, at + ".chain"));
      }
      edges.add(new Edge(r.node(e, "from", at, index), r.node(e, "to", at, index),
          e.path("declared").asBoolean(false), r.site(e, "site", at, false),
          r.site(e, "held", at, true), r.string(e, "method", at), List.copyOf(chain)));
    }
    List<Cycle> cycles = new ArrayList<>();
    JsonNode cs = root.get("cycles");
    if (cs != null && !cs.isNull()) {
      for (JsonNode c : r.array(root, "cycles", "")) {
        String at = "cycles[" + cycles.size() + "]";
        List<Integer> members = new ArrayList<>();
        for (JsonNode i : r.array(c, "edges", at)) {
          if (!i.isInt() || i.intValue() < 0 || i.intValue() >= edges.size()) {
            throw new LockGraphException(at + ".edges: " + i + " is not an edge index");
          }
          members.add(i.intValue());
        }
        if (members.isEmpty()) {
          throw new LockGraphException(at + ".edges: empty");
        }
        cycles.add(new Cycle(List.copyOf(members), r.site(c, "reported", at, true)));
      }
    }
    return new LockGraphModel(List.copyOf(nodes), List.copyOf(edges), List.copyOf(cycles));
  }

  /** Edges that lie on some reported cycle. */
  public BitSet cycleEdges() {
    BitSet on = new BitSet(edges.size());
    cycles.forEach(c -> c.edges().forEach(on::set));
    return on;
  }

  /** "A -> B -> A": the lock classes of a cycle in order, the first repeated at the end. */
  public List<String> cycleLabels(Cycle c) {
    List<String> labels = new ArrayList<>();
    labels.add(nodes.get(edges.get(c.edges().get(0)).from()).label());
    c.edges().forEach(e -> labels.add(nodes.get(edges.get(e).to()).label()));
    return labels;
  }

  /** Node indexes sorted by label (then name): the deterministic order of every rendering. */
  public List<Integer> nodeOrder() {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> nodes.get(i).label())
        .thenComparing(i -> nodes.get(i).name()));
    return order;
  }

  /** Edge indexes sorted by from, to, site: the order of the DOT file and the evidence table. */
  public List<Integer> edgeOrder() {
    int[] rank = new int[nodes.size()];
    List<Integer> nodeOrder = nodeOrder();
    for (int r = 0; r < rank.length; r++) {
      rank[nodeOrder.get(r)] = r;
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < edges.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt((Integer i) -> rank[edges.get(i).from()])
        .thenComparingInt(i -> rank[edges.get(i).to()])
        .thenComparing(i -> edges.get(i).site().file())
        .thenComparingInt(i -> edges.get(i).site().line())
        .thenComparingInt(i -> edges.get(i).site().column())
        .thenComparingInt(i -> i));
    return order;
  }

  /** Field access with messages that name the JSON path of the problem. */
  private static final class Reader {
    List<JsonNode> array(JsonNode obj, String field, String at) {
      JsonNode a = obj.get(field);
      if (a == null || !a.isArray()) {
        throw new LockGraphException(where(at, field) + ": missing or not an array");
      }
      List<JsonNode> out = new ArrayList<>();
      a.forEach(out::add);
      return out;
    }

    int integer(JsonNode obj, String field, String at) {
      JsonNode v = obj.get(field);
      if (v == null || !v.isInt()) {
        throw new LockGraphException(where(at, field) + ": missing or not an integer");
      }
      return v.intValue();
    }

    int optInt(JsonNode obj, String field, String at) {
      JsonNode v = obj.get(field);
      return v == null || v.isNull() ? 0 : integer(obj, field, at);
    }

    String string(JsonNode obj, String field, String at) {
      JsonNode v = obj.get(field);
      if (v == null || !v.isTextual()) {
        throw new LockGraphException(where(at, field) + ": missing or not a string");
      }
      return v.textValue();
    }

    String text(JsonNode v, String at) {
      if (!v.isTextual()) {
        throw new LockGraphException(at + ": " + v + " is not a string");
      }
      return v.textValue();
    }

    int node(JsonNode obj, String field, String at, Map<Integer, Integer> index) {
      int id = integer(obj, field, at);
      Integer i = index.get(id);
      if (i == null) {
        throw new LockGraphException(where(at, field) + ": no node has id " + id);
      }
      return i;
    }

    Site site(JsonNode obj, String field, String at, boolean nullable) {
      JsonNode s = obj.get(field);
      if (s == null || s.isNull()) {
        if (nullable) {
          return null;
        }
        throw new LockGraphException(where(at, field) + ": missing");
      }
      String here = where(at, field);
      return new Site(string(s, "file", here), integer(s, "line", here), optInt(s, "column", here));
    }

    private static String where(String at, String field) {
      return at.isEmpty() ? field : at + "." + field;
    }
  }
}
