package dev.drivercheck.summary;

import dev.drivercheck.engine.Declaration;
import dev.drivercheck.engine.Program;
import dev.drivercheck.facts.ExecContext;
import dev.drivercheck.facts.LockClass;
import dev.drivercheck.facts.LockKind;
import dev.drivercheck.facts.Vocabulary;
import dev.drivercheck.flow.CallSite;
import dev.drivercheck.flow.HeldLock;
import dev.drivercheck.flow.Unit;
import dev.drivercheck.report.Position;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The whole program's lock-class graph, built once per compilation: an edge A -> B for every
 * point where B is taken (directly or below a call) while A is held, with the first such place as
 * evidence; declared {@code @AcquiredBefore/@AcquiredAfter} orders as edges too; and lockdep's
 * usage bits per class (taken in hard/soft IRQ context, taken with interrupts enabled). Cycles are
 * found per strongly connected component, each edge of a component covered by one reported cycle.
 */
public final class LockGraph {

  /** A node: a lock class and nesting subclass. */
  public record Node(String id, String name, LockKind kind, int subclass) {
    public String label() {
      return subclass == 0 ? name : name + "/" + (subclass < 0 ? "?" : subclass);
    }
  }

  /**
   * {@code to} taken while {@code from} was held.
   *
   * @param site the call in {@code unit} that takes {@code to}, or the annotation of a declared order
   * @param held the held lock (null for a declared edge)
   * @param taken how {@code to} is taken below {@code site} (null for a declared edge)
   */
  public record Edge(Node from, Node to, boolean declared, Position site, Unit unit, HeldLock held,
      Acquisition taken, Position boundAt, Unit boundIn) {
    /** {@code Vm.lock -> Vm.resv at Vm.java:40 in Vm.map (Vm.lock acquired at Vm.java:38)}. */
    public String describe() {
      if (declared) {
        return from.label() + " -> " + to.label() + " declared at " + site.shortText();
      }
      String via = taken.chain().size() > 1 ? " via " + taken.path(unit.display()) : "";
      String bound = boundAt == null ? "" : ", as " + boundIn.display() + " passes them at " + boundAt.shortText();
      return from.label() + " -> " + to.label() + " at " + site.shortText() + " in " + unit.display()
          + " (" + from.label() + " acquired at " + held.site().shortText() + ")" + via + bound;
    }
  }

  /** A lock taken in some context: the body, the call in it, and how. */
  public record Use(Unit unit, Position site, Acquisition taken) {}

  /** An annotation naming a lock class that does not exist, or more than one. */
  public record Problem(Declaration declaration, Position at, String message) {}

  private final Map<String, Node> nodes = new TreeMap<>();
  private final Map<Node, Map<Node, Edge>> edges = new LinkedHashMap<>();
  private final Map<Node, List<Use>> hardirq = new HashMap<>();
  private final Map<Node, List<Use>> softirq = new HashMap<>();
  private final Map<Node, List<Use>> irqsOn = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private List<List<Edge>> cycles = List.of();

  /** Cycles reported per strongly connected component at most (a dense tangle says enough by then). */
  private static final int MAX_CYCLES_PER_COMPONENT = 64;

  public static LockGraph build(Program program, Contexts contexts, LockSummaries locks) {
    LockGraph g = new LockGraph();
    for (Unit u : program.units()) {
      g.scan(u, contexts, locks);
    }
    g.bound(locks);
    g.declared(program, locks);
    g.cycles = g.findCycles();
    return g;
  }

  private void scan(Unit u, Contexts contexts, LockSummaries locks) {
    ExecContext ctx = contexts.context(u);
    boolean irqsOnAtEntry = irqsOnAtEntry(u, contexts, locks);
    List<HeldLock> entry = contexts.entryHeld(u);
    for (CallSite c : u.calls()) {
      List<HeldLock> held = new ArrayList<>(entry);
      held.addAll(c.held());
      List<Acquisition> references = locks.takenByCallbacks(c, false);
      List<Acquisition> all = new ArrayList<>(locks.taken(c));
      all.addAll(references);
      for (Acquisition a : all) {
        if (a.trylock() || a.cls().isParam() || retakes(locks, held, a)) {
          continue; // a try-lock never waits; a re-taken class is RecursiveLock, and lockdep stops there
        }
        for (HeldLock h : held) {
          edge(locks, u, c, h, a);
        }
        if (references.contains(a)) {
          for (HeldLock h : c.during()) {
            edge(locks, u, c, h, a);
          }
        }
      }
      boolean off = LockSummaries.irqsOff(held);
      for (Acquisition a : all) {
        if (a.cls().isParam()) {
          continue;
        }
        Node n = node(locks, a.cls(), a.subclass(), a.kind());
        Use use = new Use(u, c.position(), a);
        if (ctx == ExecContext.HARDIRQ) {
          hardirq.computeIfAbsent(n, k -> new ArrayList<>()).add(use);
        } else if (ctx == ExecContext.SOFTIRQ) {
          softirq.computeIfAbsent(n, k -> new ArrayList<>()).add(use);
        } else if (irqsOnAtEntry && !off && !a.irqsOff()) {
          irqsOn.computeIfAbsent(n, k -> new ArrayList<>()).add(use);
        }
      }
    }
  }

  /**
   * Does the body start with interrupts known to be enabled: an entry point in process context
   * (nothing analyzed calls it), deferred work, a static initializer, or a lambda run in place in
   * one of those? Other methods are judged at their callers.
   */
  private static boolean irqsOnAtEntry(Unit u, Contexts contexts, LockSummaries locks) {
    ExecContext ctx = contexts.context(u);
    if (ctx != null && ctx != ExecContext.PROCESS) {
      return false;
    }
    Unit within = contexts.runsWithin(u);
    if (within != null) {
      return irqsOnAtEntry(within, contexts, locks);
    }
    return (u.kind() == Unit.Kind.METHOD && !locks.hasCallers(u)) || contexts.deferred(u)
        || u.kind() == Unit.Kind.STATIC_INIT;
  }

  /** Edges between parameters of a helper, with classes as its callers pass them. */
  private void bound(LockSummaries locks) {
    for (LockSummaries.ParamEdge pe : locks.boundEdges()) {
      Node from = node(locks, pe.from(), pe.held().subclass(), pe.held().kind());
      Node to = node(locks, pe.taken().cls(), pe.taken().subclass(), pe.taken().kind());
      if (!from.equals(to)) {
        Edge e = new Edge(from, to, false, pe.site(), pe.unit(), pe.held(), pe.taken(), pe.boundAt(), pe.boundIn());
        edges.computeIfAbsent(from, k -> new LinkedHashMap<>()).merge(to, e, LockGraph::earlier);
      }
    }
  }

  /** Is the class (and subclass) of {@code a} already held? */
  private static boolean retakes(LockSummaries locks, List<HeldLock> held, Acquisition a) {
    if (a.retaken() || a.subclass() < 0) {
      return false;
    }
    String node = locks.node(a.cls(), a.subclass());
    for (HeldLock h : held) {
      if (!h.cls().isParam() && locks.node(h.cls(), h.subclass()).equals(node)
          && !(h.kind() == LockKind.WW_MUTEX && a.kind() == LockKind.WW_MUTEX)) {
        return true;
      }
    }
    return false;
  }

  private void edge(LockSummaries locks, Unit u, CallSite c, HeldLock h, Acquisition a) {
    if (h.cls().isParam()) {
      return;
    }
    Node from = node(locks, h.cls(), h.subclass(), h.kind());
    Node to = node(locks, a.cls(), a.subclass(), a.kind());
    if (from.equals(to)) {
      return; // re-taking a held class is RecursiveLock, not a one-node cycle
    }
    Edge e = new Edge(from, to, false, c.position(), u, h, a, null, null);
    edges.computeIfAbsent(from, k -> new LinkedHashMap<>()).merge(to, e, LockGraph::earlier);
  }

  private static Edge earlier(Edge a, Edge b) {
    if (a.declared() != b.declared()) {
      return a.declared() ? b : a; // code is better evidence than a declaration
    }
    int c = a.site().compareTo(b.site());
    if (c == 0 && !a.declared()) {
      c = a.taken().compareTo(b.taken());
      if (c == 0) {
        c = a.held().site().compareTo(b.held().site());
      }
    }
    return c <= 0 ? a : b;
  }

  private Node node(LockSummaries locks, LockClass cls, int subclass, LockKind kind) {
    LockClass c = locks.canonical(cls);
    String id = locks.node(cls, subclass);
    return nodes.computeIfAbsent(id, k -> new Node(k, c.name(), kind, subclass));
  }

  // ---- declared order --------------------------------------------------------------------

  private void declared(Program program, LockSummaries locks) {
    ClassNames names = new ClassNames(program, locks);
    for (Declaration d : program.declarations()) {
      if (!(d.element() instanceof javax.lang.model.element.VariableElement field)) {
        continue;
      }
      for (String anno : List.of(Vocabulary.ACQUIRED_BEFORE, Vocabulary.ACQUIRED_AFTER)) {
        Position at = d.annotations().get(anno);
        if (at == null) {
          continue;
        }
        LockKind kind = program.facts().lockKind(field.asType());
        Node self = node(locks, program.facts().fieldClass(field), 0, kind);
        for (String name : program.facts().annotationStrings(field, anno)) {
          List<LockClass> found = names.resolve(name, field);
          if (found.size() != 1) {
            problems.add(new Problem(d, at, "@" + anno.substring(anno.lastIndexOf('.') + 1) + " on "
                + field.getEnclosingElement().getSimpleName() + "." + field.getSimpleName() + " names \"" + name
                + "\", which " + (found.isEmpty() ? "is no lock class (a @LockClass name, a lock field of this"
                + " class, Class.field or pkg.Class.field)" : "is ambiguous: " + found)));
            continue;
          }
          Node other = node(locks, found.get(0), 0, names.kind(found.get(0)));
          boolean before = anno.equals(Vocabulary.ACQUIRED_BEFORE);
          Node from = before ? self : other;
          Node to = before ? other : self;
          if (!from.equals(to)) {
            edges.computeIfAbsent(from, k -> new LinkedHashMap<>())
                .merge(to, new Edge(from, to, true, at, null, null, null, null, null), LockGraph::earlier);
          }
        }
      }
    }
  }

  // ---- cycles ----------------------------------------------------------------------------

  private List<List<Edge>> findCycles() {
    List<Node> all = new ArrayList<>(nodes.values());
    List<List<Edge>> out = new ArrayList<>();
    for (List<Node> scc : Graph.sccs(all, n -> new ArrayList<>(edges.getOrDefault(n, Map.of()).keySet()))) {
      if (scc.size() < 2) {
        continue;
      }
      Set<Node> in = new HashSet<>(scc);
      List<Edge> inner = new ArrayList<>();
      for (Node n : scc) {
        for (Edge e : edges.getOrDefault(n, Map.of()).values()) {
          if (in.contains(e.to())) {
            inner.add(e);
          }
        }
      }
      inner.sort(Comparator.comparing(Edge::site).thenComparing(e -> e.from().id()).thenComparing(e -> e.to().id()));
      Set<Edge> covered = new HashSet<>();
      int found = 0;
      for (Edge e : inner) {
        if (covered.contains(e) || found >= MAX_CYCLES_PER_COMPONENT) {
          continue;
        }
        List<Edge> back = shortestPath(e.to(), e.from(), in);
        if (back == null) {
          continue;
        }
        List<Edge> cycle = new ArrayList<>();
        cycle.add(e);
        cycle.addAll(back);
        covered.addAll(cycle);
        out.add(List.copyOf(cycle));
        found++;
      }
    }
    return out;
  }

  /** Breadth-first, in node order, so the cycle shown is the same on every run. */
  private List<Edge> shortestPath(Node from, Node to, Set<Node> within) {
    Map<Node, Edge> via = new HashMap<>();
    ArrayDeque<Node> queue = new ArrayDeque<>(List.of(from));
    Set<Node> seen = new HashSet<>(List.of(from));
    while (!queue.isEmpty()) {
      Node n = queue.poll();
      if (n.equals(to)) {
        List<Edge> path = new ArrayList<>();
        for (Node k = to; !k.equals(from); k = via.get(k).from()) {
          path.add(0, via.get(k));
        }
        return path;
      }
      List<Edge> out = new ArrayList<>(edges.getOrDefault(n, Map.of()).values());
      out.sort(Comparator.comparing(e -> e.to().id()));
      for (Edge e : out) {
        if (within.contains(e.to()) && seen.add(e.to())) {
          via.put(e.to(), e);
          queue.add(e.to());
        }
      }
    }
    return null;
  }

  // ---- reading -----------------------------------------------------------------------------

  public List<Node> nodes() {
    return List.copyOf(nodes.values());
  }

  public List<Edge> edges() {
    List<Edge> out = new ArrayList<>();
    for (Map<Node, Edge> m : edges.values()) {
      out.addAll(m.values());
    }
    out.sort(Comparator.comparing((Edge e) -> e.from().id()).thenComparing(e -> e.to().id()));
    return out;
  }


  /** Edges into {@code n}, in a stable order (the reverse adjacency is built once). */
  public List<Edge> edgesTo(Node n) {
    if (incoming == null) {
      incoming = new HashMap<>();
      for (Edge e : edges()) {
        incoming.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
      }
    }
    return incoming.getOrDefault(n, List.of());
  }

  private Map<Node, List<Edge>> incoming;

  public List<Edge> edgesFrom(Node n) {
    return List.copyOf(edges.getOrDefault(n, Map.of()).values());
  }

  /** Each cycle as its edges in order. */
  public List<List<Edge>> cycles() {
    return cycles;
  }

  public List<Use> hardirq(Node n) {
    return sorted(hardirq.get(n));
  }

  public List<Use> softirq(Node n) {
    return sorted(softirq.get(n));
  }

  /** Acquisitions with interrupts enabled, in bodies that start with them enabled. */
  public List<Use> irqsOn(Node n) {
    return sorted(irqsOn.get(n));
  }

  public List<Problem> problems() {
    return problems;
  }

  private static List<Use> sorted(List<Use> l) {
    if (l == null) {
      return List.of();
    }
    List<Use> out = new ArrayList<>(l);
    out.sort(Comparator.comparing(Use::site).thenComparing(Use::taken));
    return out;
  }
}
