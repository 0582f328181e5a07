package dev.drivercheck.summary;

import dev.drivercheck.engine.Program;
import dev.drivercheck.facts.Facts;
import dev.drivercheck.facts.LockClass;
import dev.drivercheck.facts.LockKind;
import dev.drivercheck.facts.LockOp;
import dev.drivercheck.facts.LockRef;
import dev.drivercheck.facts.MethodFacts;
import dev.drivercheck.flow.AccessPath;
import dev.drivercheck.flow.CallSite;
import dev.drivercheck.flow.HeldLock;
import dev.drivercheck.flow.Unit;
import dev.drivercheck.report.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Per-body lock summaries, bottom-up over the call graph like the sleep summaries: which lock
 * classes a call takes below it (with the chain), which it must not be called holding
 * ({@code @Excludes}), and which it needs its callers to hold ({@code @Holds} of callees that the
 * body does not satisfy itself). A requirement that cannot be passed on to callers (the body has
 * none, or the lock is no path from its receiver or parameters) is a violation where it arises.
 */
public final class LockSummaries {

  /** What a requirement is about: the lock's path from the body's receiver (-1), static storage (-2) or a parameter. */
  public record Requirement(int root, List<VariableElement> fields, LockClass cls, String typeName,
      List<String> chain, List<Position> sites) {
    String text() {
      StringBuilder sb = new StringBuilder(root == LockRef.RECEIVER ? "this" : root == LockRef.STATIC ? "" : "#" + root);
      for (VariableElement f : fields) {
        sb.append(sb.length() == 0 ? "" : ".").append(f.getSimpleName());
      }
      return typeName + " " + sb;
    }
  }

  /**
   * A call made without a lock its callee needs ({@code excluded} false) or while holding one it
   * must not be called with ({@code excluded} true).
   */
  public record Violation(Unit unit, CallSite call, String lock, boolean excluded, HeldLock held,
      List<String> chain, List<Position> sites) {}

  /**
   * An edge made inside a body between locks at least one of which is a parameter of it (a
   * {@code transfer(from, to)} helper): its classes are known only where callers pass the locks.
   *
   * @param from the held lock's class, possibly a placeholder
   * @param held the held lock, as the body that made the edge sees it
   * @param taken the lock taken, its class possibly a placeholder
   * @param unit the body where the edge is made, and {@code site} the call there
   * @param boundAt the call that turned the last placeholder into a class, and {@code boundIn} its body
   */
  public record ParamEdge(LockClass from, HeldLock held, Acquisition taken, Unit unit, Position site,
      Position boundAt, Unit boundIn) {
    String key() {
      return from.key() + "/" + held.subclass() + " -> " + taken.cls().key() + "/" + taken.subclass() + " @" + site
          + (boundAt == null ? "" : " bound " + boundAt);
    }
  }

  /** Edges between locks passed as parameters, with both classes bound by some caller. */
  public java.util.Collection<ParamEdge> boundEdges() {
    return bound.values();
  }

  /** The classes a method holds on entry by its annotations ({@code @Holds}, {@code @Releases}). */
  private Set<String> entryClasses(Unit u) {
    if (u.method() == null) {
      return Set.of();
    }
    MethodFacts f = facts.method(u.method());
    Set<String> out = new HashSet<>();
    List<LockOp> ops = new ArrayList<>(f.holds());
    ops.addAll(f.releases());
    for (LockOp op : ops) {
      LockRef ref = op.ref();
      out.add(canonical(ref.fields().isEmpty() ? LockClass.param(ref.param())
          : facts.fieldClass(ref.fields().get(ref.fields().size() - 1))).key());
    }
    return out;
  }

  /** A lock reached from no receiver, parameter or static: callers cannot name it. */
  private static final int NOWHERE = Integer.MIN_VALUE;

  private record AcqKey(String cls, int subclass, boolean trylock, boolean irqsOff) {}

  private final Program program;
  private final Facts facts;
  private final Summaries summaries;
  private final Map<String, LockClass> canonical = new HashMap<>();
  private final Map<String, Map<String, LockClass>> returns = new HashMap<>();
  private final Set<Object> called = new HashSet<>();
  private final Map<Object, Map<AcqKey, Acquisition>> acquires = new HashMap<>();
  private final Map<Object, Map<String, Acquisition>> excludes = new HashMap<>();
  private final Map<Object, Map<String, Requirement>> requires = new HashMap<>();
  private final List<Violation> violations = new ArrayList<>();
  private final Map<Object, Map<String, ParamEdge>> paramEdges = new HashMap<>();
  private final Map<String, ParamEdge> bound = new java.util.TreeMap<>();

  private LockSummaries(Program program, Summaries summaries) {
    this.program = program;
    this.facts = program.facts();
    this.summaries = summaries;
  }

  public static LockSummaries compute(Program program, Summaries summaries) {
    LockSummaries s = new LockSummaries(program, summaries);
    s.collect();
    for (List<Unit> scc : summaries.sccs()) {
      boolean changed = true;
      while (changed) {
        changed = false;
        for (Unit u : scc) {
          changed |= s.summarize(u);
        }
      }
    }
    for (Unit u : program.units()) {
      s.check(u);
    }
    return s;
  }

  /**
   * Which bodies have callers, and what classes stand for: a lock field holds the locks made with
   * the key stored in it, or, when it is only ever assigned what callers pass (one class in all),
   * that class; a method that returns one class of lock stands for it.
   */
  private void collect() {
    Map<String, Map<String, LockClass>> passed = new HashMap<>();
    for (Unit u : program.units()) {
      for (Map.Entry<String, LockClass> e : u.locks().fieldClasses().entrySet()) {
        canonical.merge(e.getKey(), e.getValue(), (a, b) -> a.key().compareTo(b.key()) <= 0 ? a : b);
      }
      if (u.method() != null) {
        for (LockClass r : u.locks().returned()) {
          returns.computeIfAbsent(LockClass.returnedBy(u.method()).key(), k -> new java.util.TreeMap<>())
              .put(r.key(), r);
        }
      }
      for (CallSite c : u.calls()) {
        for (Unit t : bodies(c)) {
          called.add(t.key());
          for (Map.Entry<String, Integer> fp : t.locks().fieldParams().entrySet()) {
            LockClass arg = c.bindings().classOf(fp.getValue());
            passed.computeIfAbsent(fp.getKey(), k -> new java.util.TreeMap<>())
                .put(arg == null || arg.isParam() ? "?" : arg.key(), arg);
          }
        }
      }
      called.addAll(u.implicitCalls());
    }
    for (Map.Entry<String, Map<String, LockClass>> e : passed.entrySet()) {
      Map<String, LockClass> classes = e.getValue();
      if (classes.size() == 1 && !classes.containsKey("?") && !canonical.containsKey(e.getKey())) {
        canonical.put(e.getKey(), classes.values().iterator().next());
      }
    }
  }

  /**
   * What a class stands for across the program: a field's class, or the key or caller's class its
   * locks have; a method's returned class, or what it returns. Deterministic, and bounded in depth
   * so that a getter returning another getter's lock cannot loop.
   */
  public LockClass canonical(LockClass c) {
    for (int depth = 0; depth < 8; depth++) {
      LockClass next = null;
      if (c.kind() == LockClass.Kind.FIELD) {
        next = canonical.get(c.key());
      } else if (c.kind() == LockClass.Kind.RETURN) {
        Map<String, LockClass> r = returns.get(c.key());
        next = r != null && r.size() == 1 ? r.values().iterator().next() : null;
      }
      if (next == null || next.equals(c)) {
        return c;
      }
      c = next;
    }
    return c;
  }

  /** The lock-graph node of a class and subclass. */
  public String node(LockClass c, int subclass) {
    String key = canonical(c).key();
    return subclass == 0 ? plainNodes.computeIfAbsent(key, k -> k + "/0") : key + "/" + subclass;
  }

  /** Node ids of subclass 0, the common case, built once: they are asked for in every rule. */
  private final Map<String, String> plainNodes = new HashMap<>();

  /** Does any analyzed call reach this body (else it is an entry point: a root)? */
  public boolean hasCallers(Unit u) {
    return called.contains(u.key());
  }

  public List<Violation> violations() {
    return violations;
  }

  // ---- what a call takes -----------------------------------------------------------------

  /**
   * The locks call {@code c} takes, in the caller's terms: the call's own acquisitions and those
   * below it (callee bodies, the destructor a drop runs).
   */
  public List<Acquisition> taken(CallSite c) {
    boolean irqsOff = irqsOff(c.held());
    List<Acquisition> out = new ArrayList<>();
    String callee = Facts.display(c.callee());
    for (HeldLock h : c.acquired()) {
      out.add(new Acquisition(h.cls(), h.subclass(), h.typeName(), h.lockdepKind(), h.trylock(),
          h.irqsOff() || irqsOff, false, List.of(callee), List.of(c.position())));
    }
    // A drop runs the destructor of what this handle points to (below), not every implementation
    // its generic body could dispatch to, as the sleep summaries read it too.
    List<Unit> bodies = facts.method(c.callee()).decRef() ? List.of()
        : program.targets(c.callee(), c.receiverType(), c.virtual());
    for (Unit t : bodies) {
      for (Acquisition a : acquires(t)) {
        LockClass mapped = a.cls().isParam() ? c.bindings().classOf(a.cls().param()) : a.cls();
        if (mapped != null) {
          out.add(a.via(mapped, irqsOff, callee, c.position()));
        }
      }
    }
    Unit dtor = destructor(c);
    if (dtor != null) {
      for (Acquisition a : acquires(dtor)) {
        if (!a.cls().isParam()) {
          out.add(a.via(a.cls(), irqsOff, dtor.display(), c.position()).via(a.cls(), irqsOff, callee, c.position()));
        }
      }
    }
    return out;
  }

  /**
   * The locks the callbacks call {@code c} runs in place take; they run under the locks the callee
   * holds while it runs. Lambdas only if {@code lambdas}: the rules judge a lambda's own body where
   * it is written, with the locks it starts under.
   */
  public List<Acquisition> takenByCallbacks(CallSite c, boolean lambdas) {
    boolean off = irqsOff(c.held()) || irqsOff(c.during());
    List<Acquisition> out = new ArrayList<>();
    for (CallSite.Callback cb : c.callbacks()) {
      if (!summaries.runsInPlace(c, cb.param()) || (cb.lambda() != null && !lambdas)) {
        continue;
      }
      List<Unit> bodies = cb.lambda() != null
          ? (program.unit(cb.lambda()) == null ? List.of() : List.of(program.unit(cb.lambda())))
          : cb.target() != null ? program.targets(cb.target(), null, false) : List.of();
      for (Unit t : bodies) {
        for (Acquisition a : acquires(t)) {
          if (!a.cls().isParam()) {
            out.add(a.via(a.cls(), off, t.display(), c.position()));
          }
        }
      }
    }
    return out;
  }

  /** Interrupts are off while a lock taken with irqsOff, or an IRQ_OFF section, is held. */
  public static boolean irqsOff(List<HeldLock> held) {
    for (HeldLock h : held) {
      if (h.irqsOff() || h.kind() == LockKind.IRQ_OFF) {
        return true;
      }
    }
    return false;
  }

  private List<Acquisition> acquires(Unit u) {
    Map<AcqKey, Acquisition> m = acquires.get(u.key());
    return m == null ? List.of() : List.copyOf(m.values());
  }

  /** The analyzed bodies a call runs: callee overrides, the destructor of a drop, in-place callbacks. */
  private List<Unit> bodies(CallSite c) {
    List<Unit> out = new ArrayList<>(program.targets(c.callee(), c.receiverType(), c.virtual()));
    Unit d = destructor(c);
    if (d != null) {
      out.add(d);
    }
    for (CallSite.Callback cb : c.callbacks()) {
      if (cb.lambda() == null && cb.target() != null) {
        out.addAll(program.targets(cb.target(), null, false));
      }
    }
    return out;
  }

  /** The body of the destructor a {@code @DecRef} call may run, or null. */
  private Unit destructor(CallSite c) {
    if (!facts.method(c.callee()).decRef() || c.receiverType() == null) {
      return null;
    }
    TypeMirror p = facts.pointee(c.receiverType());
    ExecutableElement d = p == null ? null : facts.destructor(p);
    List<Unit> t = d == null ? List.of() : program.targets(d, p, true);
    return t.isEmpty() ? null : t.get(0);
  }

  // ---- bottom-up summaries ---------------------------------------------------------------

  /** Recomputes one body's summary; true if it grew. */
  private boolean summarize(Unit u) {
    Map<AcqKey, Acquisition> acq = new LinkedHashMap<>();
    Map<String, Acquisition> excl = new LinkedHashMap<>();
    Map<String, Requirement> req = new LinkedHashMap<>();
    Set<String> entry = entryClasses(u);
    Map<String, ParamEdge> pedges = new LinkedHashMap<>();
    for (CallSite c : u.calls()) {
      List<Acquisition> all = new ArrayList<>(taken(c));
      all.addAll(takenByCallbacks(c, true));
      for (Acquisition a : all) {
        String k = canonical(a.cls()).key();
        if (entry.contains(k) && c.held().stream().noneMatch(h -> canonical(h.cls()).key().equals(k))) {
          a = a.asRetaken(); // released the caller's lock of this class first
        }
        keep(acq, new AcqKey(node(a.cls(), a.subclass()), a.subclass(), a.trylock(), a.irqsOff()), a);
        if (!a.trylock()) {
          for (HeldLock h : c.held()) {
            if (h.cls().isParam() || a.cls().isParam()) {
              ParamEdge pe = new ParamEdge(h.cls(), h, a, u, c.position(), null, null);
              pedges.putIfAbsent(pe.key(), pe);
            }
          }
        }
      }
      for (Unit t : program.targets(c.callee(), c.receiverType(), c.virtual())) {
        for (ParamEdge pe : paramEdges.getOrDefault(t.key(), Map.of()).values()) {
          LockClass from = pe.from().isParam() ? c.bindings().classOf(pe.from().param()) : pe.from();
          LockClass to = pe.taken().cls().isParam() ? c.bindings().classOf(pe.taken().cls().param()) : pe.taken().cls();
          if (from == null || to == null) {
            continue;
          }
          ParamEdge mapped = new ParamEdge(from, pe.held(), pe.taken().of(to), pe.unit(), pe.site(),
              pe.boundAt() != null ? pe.boundAt() : c.position(), pe.boundIn() != null ? pe.boundIn() : u);
          if (from.isParam() || to.isParam()) {
            pedges.putIfAbsent(mapped.key(), mapped);
          } else {
            bound.putIfAbsent(mapped.key(), mapped);
          }
        }
      }
      for (Acquisition e : excluded(c)) {
        if (holding(c, e) == null) {
          keep(excl, node(e.cls(), 0), e);
        }
      }
      for (Requirement r : required(c)) {
        Requirement mine = unmet(u, c, r);
        if (mine != null) {
          req.merge(mine.cls().key() + " " + mine.text(), mine, (a, b) -> a);
        }
      }
    }
    boolean changed = !pedges.keySet().equals(paramEdges.getOrDefault(u.key(), Map.of()).keySet())
        || !acq.equals(acquires.getOrDefault(u.key(), Map.of()))
        || !excl.equals(excludes.getOrDefault(u.key(), Map.of()))
        || !req.keySet().equals(requires.getOrDefault(u.key(), Map.of()).keySet());
    acquires.put(u.key(), acq);
    paramEdges.put(u.key(), pedges);
    excludes.put(u.key(), excl);
    requires.put(u.key(), req);
    return changed;
  }

  private static <K> void keep(Map<K, Acquisition> m, K k, Acquisition a) {
    m.merge(k, a, (x, y) -> x.compareTo(y) <= 0 ? x : y);
  }

  /** The classes call {@code c} must not be made holding: the callee's {@code @Excludes}, and below. */
  private List<Acquisition> excluded(CallSite c) {
    List<Acquisition> out = new ArrayList<>();
    String callee = Facts.display(c.callee());
    for (LockOp op : facts.method(c.callee()).excludes()) {
      LockClass cls = opClass(op.ref(), c);
      if (cls != null) {
        out.add(new Acquisition(cls, 0, Facts.simpleName(op.ref().type()), op.ref().kind(), false, false, false,
            List.of(callee), List.of(c.position())));
      }
    }
    for (Unit t : program.targets(c.callee(), c.receiverType(), c.virtual())) {
      for (Acquisition e : excludes.getOrDefault(t.key(), Map.of()).values()) {
        LockClass mapped = e.cls().isParam() ? c.bindings().classOf(e.cls().param()) : e.cls();
        if (mapped != null) {
          out.add(e.via(mapped, false, callee, c.position()));
        }
      }
    }
    return out;
  }

  /** The locks call {@code c} needs held: the callee's {@code @Holds}, and what its body passes on. */
  private List<Requirement> required(CallSite c) {
    List<Requirement> out = new ArrayList<>();
    String callee = Facts.display(c.callee());
    for (LockOp op : facts.method(c.callee()).holds()) {
      LockRef ref = op.ref();
      LockClass cls = ref.fields().isEmpty() ? LockClass.param(ref.param())
          : facts.fieldClass(ref.fields().get(ref.fields().size() - 1));
      out.add(new Requirement(ref.param(), ref.fields(), cls, Facts.simpleName(ref.type()), List.of(callee),
          List.of(c.position())));
    }
    for (Unit t : program.targets(c.callee(), c.receiverType(), c.virtual())) {
      for (Requirement r : requires.getOrDefault(t.key(), Map.of()).values()) {
        List<String> chain = new ArrayList<>(List.of(callee));
        chain.addAll(r.chain());
        List<Position> sites = new ArrayList<>(List.of(c.position()));
        sites.addAll(r.sites());
        out.add(new Requirement(r.root(), r.fields(), r.cls(), r.typeName(), List.copyOf(chain), List.copyOf(sites)));
      }
    }
    return out;
  }

  private LockClass opClass(LockRef ref, CallSite c) {
    return ref.fields().isEmpty() ? c.bindings().classOf(ref.param())
        : facts.fieldClass(ref.fields().get(ref.fields().size() - 1));
  }

  /**
   * A requirement of a callee not met at call {@code c}: null if the lock is held there, the
   * requirement in {@code u}'s own terms if its callers can meet it, else (recorded as a
   * violation) null.
   */
  private Requirement unmet(Unit u, CallSite c, Requirement r) {
    AccessPath base = r.root() == LockRef.STATIC ? new AccessPath(AccessPath.STATIC, List.of())
        : c.bindings().pathOf(r.root());
    AccessPath path = base == null ? null : base.selectAll(r.fields());
    LockClass cls = r.cls().isParam() ? c.bindings().classOf(r.cls().param()) : r.cls();
    if (cls == null && path == null) {
      return null; // nothing to check it against
    }
    if (holds(c, path, cls)) {
      return null;
    }
    int root = NOWHERE;
    if (path != null && path.root() == AccessPath.THIS) {
      root = LockRef.RECEIVER;
    } else if (path != null && path.root() == AccessPath.STATIC) {
      root = LockRef.STATIC;
    } else if (path != null && u.method() != null && u.method().getParameters().contains(path.root())) {
      root = u.method().getParameters().indexOf(path.root());
    }
    boolean passOn = u.kind() == Unit.Kind.METHOD && hasCallers(u) && root != NOWHERE;
    if (passOn) {
      LockClass mine = cls != null ? cls : r.cls();
      List<VariableElement> fields = path.fields();
      if (root >= 0 && fields.isEmpty() && mine.isParam()) {
        mine = LockClass.param(root);
      }
      return new Requirement(root, fields, mine, r.typeName(), r.chain(), r.sites());
    }
    String lock = r.typeName() + " " + (path != null ? path.toString() : cls.name());
    violations.add(new Violation(u, c, lock, false, null, r.chain(), r.sites()));
    return null;
  }

  /** Is the lock at {@code path} (or, failing a path, of class {@code cls}) held on every path to {@code c}? */
  private boolean holds(CallSite c, AccessPath path, LockClass cls) {
    if (path != null && c.must().contains(path)) {
      return true;
    }
    if (cls == null) {
      return false;
    }
    String k = canonical(cls).key();
    for (HeldLock h : c.held()) {
      if (c.must().contains(h.identity()) && canonical(h.cls()).key().equals(k)
          && (path == null || h.path() == null || h.path().fields().isEmpty())) {
        return true; // the same class through another name (a local alias)
      }
    }
    return false;
  }

  /** The held lock of the class {@code e} names, or null. */
  private HeldLock holding(CallSite c, Acquisition e) {
    String k = canonical(e.cls()).key();
    for (HeldLock h : c.held()) {
      if (canonical(h.cls()).key().equals(k)) {
        return h;
      }
    }
    return null;
  }

  /** Calls made while holding a class they exclude. */
  private void check(Unit u) {
    for (CallSite c : u.calls()) {
      for (Acquisition e : excluded(c)) {
        HeldLock h = holding(c, e);
        if (h != null) {
          violations.add(new Violation(u, c, e.typeName() + " " + h.lockClass(), true, h, e.chain(), e.sites()));
        }
      }
    }
  }
}
