package dev.drivercheck.flow;

import com.sun.source.tree.Tree;
import com.sun.tools.javac.tree.JCTree;
import dev.drivercheck.facts.Facts;
import dev.drivercheck.facts.LockClass;
import dev.drivercheck.facts.LockKind;
import dev.drivercheck.facts.MethodFacts;
import dev.drivercheck.facts.WwStep;
import dev.drivercheck.flow.WwEvent.Kind;
import dev.drivercheck.flow.WwState.Ctx;
import dev.drivercheck.flow.WwState.Status;
import dev.drivercheck.report.Position;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;
import javax.lang.model.type.TypeKind;
import org.checkerframework.errorprone.dataflow.analysis.ConditionalTransferResult;
import org.checkerframework.errorprone.dataflow.analysis.TransferResult;
import org.checkerframework.errorprone.dataflow.cfg.node.FieldAccessNode;
import org.checkerframework.errorprone.dataflow.cfg.node.IntegerLiteralNode;
import org.checkerframework.errorprone.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.errorprone.dataflow.cfg.node.Node;
import org.checkerframework.errorprone.dataflow.cfg.node.NullLiteralNode;
import org.checkerframework.errorprone.dataflow.cfg.node.NumericalMinusNode;
import org.checkerframework.errorprone.dataflow.cfg.node.TernaryExpressionNode;
import org.checkerframework.errorprone.dataflow.cfg.node.TypeCastNode;

/**
 * The ww_mutex protocol on top of the held-lock flow (ww-mutex-design.rst): acquire contexts go
 * through init, acquiring, done and fini; a ww lock with a context returns a status that the body
 * must act on: -EDEADLK means release every ww lock of the context, then lock the contended mutex
 * slowly, or return the status to the caller. Statuses are followed through locals and narrowed
 * by comparisons with constants ({@code ret == -EDEADLK}, {@code ret != 0}, {@code ret < 0}, a
 * switch), path by path. What breaks the protocol becomes a {@link WwEvent}.
 */
final class WwTransfer {
  private static final int EDEADLK = -35;
  private static final int EALREADY = -114;
  private static final int EINTR = -4;

  private final Facts facts;
  private final LockClasses classes;
  private final Function<Tree, Position> positions;
  private final Set<Tree> discarded;
  final Map<Node, List<WwEvent>> events = new IdentityHashMap<>();
  /** The body returns a status that may be -EDEADLK: its callers must act on it. */
  boolean propagates;

  WwTransfer(Facts facts, LockClasses classes, Function<Tree, Position> positions, Set<Tree> discarded) {
    this.facts = facts;
    this.classes = classes;
    this.positions = positions;
    this.discarded = discarded;
  }

  private void event(Node n, WwEvent e) {
    events.computeIfAbsent(n, k -> new ArrayList<>()).add(e);
  }

  /** Is the value of this call thrown away ({@code m.lock(ctx);} as a statement)? */
  boolean discarded(Node n) {
    return n.getTree() != null && discarded.contains(n.getTree());
  }

  /**
   * A ww lock whose status decides whether it is held: with an acquire context (-EDEADLK,
   * -EALREADY), or interruptible (-EINTR). A discarded status leaves it simply held.
   */
  boolean conditionalLock(MethodFacts f, List<Node> args, Node n) {
    return f.wwStep() != null && f.wwStep().statusLock() && !discarded(n)
        && (ctxArg(f, args) != null || f.wwStep() == WwStep.LOCK_INTERRUPTIBLE);
  }

  /** A ww step with a null acquire context (or none at all): a plain mutex operation. */
  boolean withoutContext(MethodFacts f, List<Node> args) {
    return ctxArg(f, args) == null;
  }

  /** A context key for statuses of a lock taken without one. */
  private static final Object NO_CTX = "no context";

  private static Node ctxArg(MethodFacts f, List<Node> args) {
    if (f.wwCtxParam() < 0 || f.wwCtxParam() >= args.size()) {
      return null;
    }
    Node a = strip(args.get(f.wwCtxParam()));
    return a instanceof NullLiteralNode ? null : a;
  }

  private static Node strip(Node n) {
    while (n instanceof TypeCastNode || n instanceof TernaryExpressionNode) {
      n = n instanceof TypeCastNode c ? c.getOperand() : ((TernaryExpressionNode) n).getTernaryExpressionVar();
    }
    return n;
  }

  private static Object key(Node n) {
    AccessPath p = AccessPath.of(n);
    return p != null ? p : n.getTree();
  }

  /** The context a call names, starting its tracking if it came from elsewhere (a parameter). */
  private static Ctx ctx(WwState w, Object key) {
    Ctx c = w.ctx(key);
    return c != null ? c : new Ctx(key, WwState.UNKNOWN, null, null, null, null, null);
  }

  // ---- calls -------------------------------------------------------------------------------

  /**
   * What a call does to the ww state, given the store before it and after its lock effects.
   *
   * @param receiver the call's receiver (the context for CTX_DONE / CTX_FINI, the mutex for locks)
   * @param taken the lock a status-returning ww lock takes (conditionally), or null
   */
  LockState call(Node n, MethodFacts f, Node receiver, List<Node> args, Position pos, LockState before,
      LockState after, HeldLock taken) {
    events.remove(n);
    WwState w = after.ww();
    WwStep step = f.wwStep();
    String name = Facts.display(f.method());
    if (step == WwStep.CTX_INIT) {
      for (Ctx live : w.ctxs().values()) {
        if ((live.phases() & ~WwState.FINI) != 0) {
          event(n, WwEvent.of(Kind.CONTEXT_MISUSE, pos, "a second acquire context is initialized while "
              + describe(live) + " is still live; one task holds one context at a time (finish the first)"));
        }
      }
      LockClass cls = null;
      for (Node a : args) {
        cls = cls != null ? cls : classes.wwClass(a);
      }
      return after.withWw(w.withCtx(new Ctx(n.getTree(), WwState.ACQUIRE, pos, cls, null, null, null)));
    }
    if (step == WwStep.CTX_DONE || step == WwStep.CTX_FINI) {
      return receiver == null ? after : after.withWw(lifecycle(n, step, ctx(w, key(receiver)), pos, after, w, name));
    }
    if (step == null) {
      return helperStatus(n, f, args, pos, after); // a helper that takes the context and returns a status
    }
    Node ctxArg = ctxArg(f, args);
    boolean lockStep = step.statusLock() || step == WwStep.LOCK_SLOW || step == WwStep.TRY_LOCK;
    if (!lockStep) {
      return after;
    }
    if (ctxArg == null) {
      return withoutContext(n, f, args, receiver, pos, before, after, w, taken, name);
    }
    Ctx c = ctx(w, key(ctxArg));
    if (lockStep) {
      sameClassWithoutContext(n, before, w, c, pos, newlyHeld(before, after, taken), name);
    }
    if ((c.phases() & (WwState.DONE | WwState.FINI)) != 0) {
      boolean fini = (c.phases() & WwState.FINI) != 0;
      event(n, WwEvent.of(Kind.CONTEXT_MISUSE, pos, name + "() takes a ww lock with " + describe(c)
          + (fini ? " after its fini(): the context is gone" : " after its done(): the acquire phase is over")));
    }
    if (taken != null && c.wwClass() != null) {
      event(n, new WwEvent(Kind.CLASS_MISMATCH, pos, name + "() locks a mutex of ww class %s with "
          + describe(c) + " of ww class %s: a context only orders mutexes of its own class",
          taken.cls(), List.of(), c.wwClass(), null));
    }
    for (HeldLock h : newlyHeld(before, after, taken)) {
      w = w.withOwner(h.identity(), c.key());
    }
    if (step == WwStep.LOCK_SLOW) {
      w = lockSlow(n, receiver, pos, before, w, c, name);
      return after.withWw(w.withCtx(c.with(WwState.ACQUIRE)));
    }
    if ((c.phases() & WwState.BACKOFF) != 0) {
      // The back-off ends with the contended mutex taken again, slowly or not, with nothing else
      // held (the kernel accepts both); anything else first is a violation, reported once.
      AccessPath mutex = receiver == null ? null : AccessPath.of(receiver);
      HeldLock other = otherWwHeld(before, w, c, mutex);
      // a helper's -EDEADLK does not say which mutex was contended: then any, with nothing else held
      boolean contended = c.contended() == null || (mutex != null && mutex.equals(c.contended()));
      if (!contended || other != null) {
        event(n, WwEvent.of(Kind.BACKOFF_VIOLATION, pos, name + "() takes "
            + (contended ? "the contended mutex while " + other.describe() + " is still held"
                : "another ww lock than the contended " + (c.contended() == null ? "one" : c.contended().toString()))
            + ": " + describe(c) + " must back off first (" + c.deadlockCall() + " returned -EDEADLK at "
            + c.deadlockAt().shortText() + "): release every ww lock of the context, then lock the contended one"));
      }
      Object k = c.key();
      w = w.mapStatuses(x -> x.ctx().equals(k) && x.values() == WwState.EDEADLK ? null : x);
      c = c.with(WwState.ACQUIRE);
    }
    List<Position> dropped = new ArrayList<>();
    w = unchecked(n, w, c.key(), pos, name, dropped);
    after = held(after, dropped);
    if (step.statusLock()) {
      if (discarded(n)) {
        event(n, WwEvent.of(Kind.DEADLOCK_IGNORED, pos, name + "() may return -EDEADLK, but its status is"
            + " discarded: on -EDEADLK the context must back off (or return the status to the caller)"));
        return after.withWw(w.withCtx(c));
      }
      int values = WwState.OK | WwState.EDEADLK | WwState.EALREADY
          | (step == WwStep.LOCK_INTERRUPTIBLE ? WwState.EINTR : 0);
      AccessPath mutex = receiver == null ? null : AccessPath.of(receiver);
      w = w.withStatus(new Status(pos, name, c.key(), mutex, n.getTree(), values, null));
    }
    return after.withWw(w.withCtx(c));
  }

  /** done() and fini(): each once, in order; fini() only with the context's ww locks released. */
  private WwState lifecycle(Node n, WwStep step, Ctx c, Position pos, LockState after, WwState w, String name) {
    int phase = step == WwStep.CTX_DONE ? WwState.DONE : WwState.FINI;
    if ((c.phases() & WwState.FINI) != 0) {
      event(n, WwEvent.of(Kind.CONTEXT_MISUSE, pos, name + "() on " + describe(c) + " after its fini()"));
    } else if (phase == WwState.DONE && (c.phases() & WwState.DONE) != 0) {
      event(n, WwEvent.of(Kind.CONTEXT_MISUSE, pos, name + "() on " + describe(c) + " a second time"));
    } else if (phase == WwState.FINI) {
      for (HeldLock h : after.held()) {
        if (h.kind() == LockKind.WW_MUTEX && !h.conditional() && c.key().equals(w.owner(h.identity()))) {
          event(n, WwEvent.of(Kind.CONTEXT_MISUSE, pos, name + "() finishes " + describe(c) + " while "
              + h.describe() + " is still held; unlock every ww lock before finishing the context"));
          break;
        }
      }
    }
    return w.withCtx(c.with(phase));
  }

  /** A ww lock taken without a context (a plain mutex lock of a ww mutex). */
  private LockState withoutContext(Node n, MethodFacts f, List<Node> args, Node receiver, Position pos,
      LockState before, LockState after, WwState w, HeldLock taken, String name) {
    List<HeldLock> fresh = newlyHeld(before, after, taken);
    List<HeldLock> ww = new ArrayList<>();
    for (HeldLock h : before.held()) {
      // the same mutex again is a self-deadlock (RecursiveLock), not a missing context
      if (h.kind() == LockKind.WW_MUTEX && (fresh.isEmpty() || !h.identity().equals(fresh.get(0).identity()))) {
        ww.add(h);
      }
    }
    if (!ww.isEmpty() && !fresh.isEmpty() && f.wwStep() != WwStep.TRY_LOCK) {
      event(n, new WwEvent(Kind.MISSING_CONTEXT, pos, null, fresh.get(0).cls(), List.copyOf(ww), null, null));
    }
    if (conditionalLock(f, args, n)) { // interruptible: held only where the status is 0, not -EINTR
      AccessPath mutex = receiver == null ? null : AccessPath.of(receiver);
      return after.withWw(w.withStatus(new Status(pos, name, NO_CTX, mutex, n.getTree(),
          WwState.OK | WwState.EINTR, null)));
    }
    return after;
  }

  /**
   * Locking with a context while a lock of the same ww class taken without one is held: the
   * context cannot order against it, and lockdep calls it recursive locking.
   */
  private void sameClassWithoutContext(Node n, LockState before, WwState w, Ctx c, Position pos, List<HeldLock> fresh,
      String name) {
    List<HeldLock> plain = new ArrayList<>();
    for (HeldLock h : before.held()) {
      if (h.kind() == LockKind.WW_MUTEX && w.owner(h.identity()) == null) {
        plain.add(h);
      }
    }
    if (!plain.isEmpty() && !fresh.isEmpty()) {
      event(n, new WwEvent(Kind.RECURSIVE, pos, name + "() takes a ww lock of class %s with " + describe(c)
          + " while %s of that class, taken without a context, is held: the context cannot order against it",
          fresh.get(0).cls(), List.copyOf(plain), null, null));
    }
  }

  /** Locks the call took: in the store after it and not before (or the conditional ww lock). */
  private static List<HeldLock> newlyHeld(LockState before, LockState after, HeldLock taken) {
    List<HeldLock> out = new ArrayList<>();
    for (HeldLock h : after.held()) {
      if (h.kind() == LockKind.WW_MUTEX && !before.held().contains(h)) {
        out.add(h);
      }
    }
    if (taken != null && !out.contains(taken)) {
      out.add(taken);
    }
    return out;
  }

  /** LOCK_SLOW: only after -EDEADLK, with no other ww lock held, on the contended mutex; one report. */
  private WwState lockSlow(Node n, Node receiver, Position pos, LockState before, WwState w, Ctx c, String name) {
    if ((c.phases() & (WwState.BACKOFF | WwState.UNKNOWN)) == 0) {
      event(n, WwEvent.of(Kind.BACKOFF_VIOLATION, pos, name + "() without a preceding -EDEADLK on "
          + describe(c) + ": the slow path is only for backing off"));
      return w;
    }
    AccessPath mutex = receiver == null ? null : AccessPath.of(receiver);
    List<String> wrong = new ArrayList<>();
    HeldLock h = otherWwHeld(before, w, c, mutex);
    if (h != null) {
      wrong.add("while " + h.describe() + " is still held (backing off releases every ww lock of the context first)");
    }
    if (mutex != null && c.contended() != null && !mutex.equals(c.contended())) {
      wrong.add("on " + mutex + ", but the contended mutex is " + c.contended());
    }
    if (!wrong.isEmpty() && c.deadlockAt() != null) {
      event(n, WwEvent.of(Kind.BACKOFF_VIOLATION, pos, name + "() " + String.join(", and ", wrong) + " ("
          + c.deadlockCall() + " returned -EDEADLK at " + c.deadlockAt().shortText() + ")"));
    }
    Object k = c.key();
    return w.mapStatuses(s -> s.ctx().equals(k) && s.values() == WwState.EDEADLK ? null : s);
  }

  /** A ww lock of the context held on every path here, other than {@code mutex}: what a back-off releases first. */
  private static HeldLock otherWwHeld(LockState s, WwState w, Ctx c, AccessPath mutex) {
    for (HeldLock h : s.held()) {
      if (h.kind() == LockKind.WW_MUTEX && s.mustHold(h.identity()) && !h.identity().equals(mutex)
          && c.key().equals(w.owner(h.identity()))) {
        return h;
      }
    }
    return null;
  }

  /** A statusful call of a helper that takes an acquire context and returns an int. */
  private LockState helperStatus(Node n, MethodFacts f, List<Node> args, Position pos, LockState after) {
    if (f.wwStep() != null || f.wwCtxParam() < 0 || f.wwCtxParam() >= args.size()
        || f.method().getReturnType().getKind() != TypeKind.INT) {
      return after;
    }
    Node arg = strip(args.get(f.wwCtxParam()));
    if (arg instanceof NullLiteralNode) {
      return after;
    }
    WwState w = after.ww();
    Ctx c = ctx(w, key(arg));
    String name = Facts.display(f.method());
    List<Position> dropped = new ArrayList<>();
    w = unchecked(n, w, c.key(), pos, name, dropped);
    after = held(after, dropped);
    if (discarded(n)) {
      event(n, new WwEvent(Kind.DEADLOCK_IGNORED, pos, name + "() may return -EDEADLK, but its status is"
          + " discarded: on -EDEADLK the context must back off (or return the status to the caller)",
          null, List.of(), null, f.method()));
      return after.withWw(w.withCtx(c));
    }
    int values = WwState.OK | WwState.EDEADLK | WwState.OTHER | WwState.EINTR;
    return after.withWw(w.withCtx(c).withStatus(new Status(pos, name, c.key(), null, n.getTree(), values,
        f.method())));
  }

  /** A status nobody acted on: its lock counts as held from now on, so nothing cascades (RULES.md). */
  private static LockState held(LockState s, List<Position> sites) {
    return sites.isEmpty() ? s : s.map(h -> h.conditional() && sites.contains(h.guard()) ? h.tested() : h);
  }

  /** Statuses of the context not yet tested when it locks again: their -EDEADLK went unheeded. */
  private WwState unchecked(Node n, WwState w, Object ctx, Position pos, String name, List<Position> dropped) {
    for (Status s : w.statuses().values()) {
      if (s.ctx().equals(ctx) && s.open() && s.values() != WwState.EDEADLK) {
        dropped.add(s.site());
        event(n, new WwEvent(Kind.DEADLOCK_IGNORED, s.site(), s.call() + "() may return -EDEADLK, but its status is"
            + " not checked before " + name + "() at " + pos.shortText() + " takes the next ww lock",
            null, List.of(), null, s.helper()));
        w = w.withoutStatus(s.site());
      }
    }
    return w;
  }

  // ---- statuses through locals and tests ---------------------------------------------------

  /** {@code ret = m.lock(ctx)}, {@code ctx = new Ctx(..)}: the local now holds the status or context. */
  LockState assign(Node n, AccessPath target, Node value, LockState s) {
    events.remove(n);
    WwState w = s.ww();
    if (target == null) {
      return s;
    }
    Node v = strip(value);
    AccessPath from = AccessPath.of(v);
    Tree tree = v.getTree();
    Ctx created = tree == null ? null : w.ctx(tree);
    if (created != null) {
      // kept in a local: tracked on; stored in a field: it lives on beyond the body (drm_exec's ticket)
      w = target.fields().isEmpty() && target.root() != AccessPath.STATIC
          ? w.withoutCtx(tree).withCtx(created.rekeyed(target)) : w.withoutCtx(tree);
    }
    java.util.Set<Position> sites = new java.util.HashSet<>();
    for (Status st : statuses(w, v)) {
      sites.add(st.site());
      w = w.withStatus(st.stored());
    }
    java.util.Set<Position> old = w.held(target);
    w = w.withVar(target, sites);
    for (Position p : old) {
      Status st = w.statuses().get(p);
      if (st != null && !sites.contains(p) && !w.stored(p) && st.open() && st.values() != WwState.EDEADLK) {
        event(n, new WwEvent(Kind.DEADLOCK_IGNORED, st.site(), st.call() + "() may return -EDEADLK, but its"
            + " status in " + target + " is overwritten at " + positions.apply(n.getTree()).shortText()
            + " before it is checked", null, List.of(), null, st.helper()));
        w = w.withoutStatus(p);
        s = held(s, List.of(p));
      }
    }
    return s.withWw(w);
  }

  /** Comparison operators of a status test. */
  enum Op { EQ, NE, LT, LE, GT, GE }

  /** {@code ret == -EDEADLK} and friends: the status narrowed on each branch; null if no status is tested. */
  TransferResult<NoValue, LockState> compare(Node left, Node right, Op op, LockState s) {
    Integer k = constant(right);
    Node subject = left;
    if (k == null) {
      k = constant(left);
      subject = right;
      op = flip(op);
    }
    if (k == null) {
      return null;
    }
    List<Status> sts = statuses(s.ww(), strip(subject));
    if (sts.isEmpty()) {
      return null;
    }
    int constant = k;
    Op o = op;
    LockState then = s;
    LockState otherwise = s;
    for (Status st : sts) {
      then = narrowed(then, st, narrow(st.values(), v -> test(v, o, constant)));
      otherwise = narrowed(otherwise, st, narrow(st.values(), v -> !test(v, o, constant)));
    }
    return new ConditionalTransferResult<>(null, then, otherwise);
  }

  /** A {@code case K:} of a switch on a status: narrowed to the case constants, or away from them. */
  TransferResult<NoValue, LockState> caseTest(Node selector, List<Node> constants, LockState s) {
    List<Status> sts = selector == null ? List.of() : statuses(s.ww(), strip(selector));
    if (sts.isEmpty() || constants.isEmpty()) {
      return null;
    }
    List<Integer> ks = new ArrayList<>();
    for (Node c : constants) {
      Integer k = constant(c);
      if (k == null) {
        return null;
      }
      ks.add(k);
    }
    LockState then = s;
    LockState otherwise = s;
    for (Status st : sts) {
      then = narrowed(then, st, narrow(st.values(), v -> ks.stream().anyMatch(k -> test(v, Op.EQ, k))));
      otherwise = narrowed(otherwise, st, narrow(st.values(), v -> ks.stream().allMatch(k -> !test(v, Op.EQ, k))));
    }
    return new ConditionalTransferResult<>(null, then, otherwise);
  }

  /** The statuses a node may hold: the call itself, or a local (a ternary's can hold one of two). */
  private static List<Status> statuses(WwState w, Node n) {
    Set<Position> inVar = w.held(AccessPath.of(n));
    List<Status> out = new ArrayList<>();
    for (Status st : w.statuses().values()) {
      if ((st.node() != null && st.node() == n.getTree()) || inVar.contains(st.site())) {
        out.add(st);
      }
    }
    return out;
  }

  /** The store where the status is known to be one of {@code values}. */
  private LockState narrowed(LockState s, Status st, int values) {
    Position site = st.site();
    java.util.function.Predicate<HeldLock> guarded = h -> site.equals(h.guard()); // also once tested: paths met again
    if ((values & WwState.OK) == 0) {
      s = s.minus(guarded);
    } else if (values == WwState.OK) {
      List<HeldLock> g = s.held().stream().filter(guarded).toList();
      s = s.minus(g::contains);
      for (HeldLock h : g) {
        s = s.plus(h.tested());
      }
    }
    WwState w = s.ww().withStatus(st.values(values));
    if (values == WwState.EDEADLK) {
      Ctx c = ctx(w, st.ctx());
      w = w.withCtx(c.backingOff(st.mutex(), st.site(), st.call()));
    }
    return s.withWw(w);
  }

  private static int narrow(int values, IntPredicate keep) {
    int out = 0;
    for (int bit = 1; bit <= WwState.OTHER; bit <<= 1) {
      if ((values & bit) != 0 && keep.test(bit)) {
        out |= bit;
      }
    }
    return out;
  }

  /** Can a status of kind {@code bit} satisfy {@code v op k}? OTHER is some other negative errno. */
  private static boolean test(int bit, Op op, int k) {
    if (bit == WwState.OTHER) {
      return switch (op) {
        case EQ -> k < 0 && k != EDEADLK && k != EALREADY && k != EINTR;
        case NE, LT, LE -> true;
        case GT, GE -> k < 0;
      };
    }
    int v = bit == WwState.OK ? 0 : bit == WwState.EDEADLK ? EDEADLK : bit == WwState.EALREADY ? EALREADY : EINTR;
    return switch (op) {
      case EQ -> v == k;
      case NE -> v != k;
      case LT -> v < k;
      case LE -> v <= k;
      case GT -> v > k;
      case GE -> v >= k;
    };
  }

  private static Op flip(Op op) {
    return switch (op) {
      case LT -> Op.GT;
      case LE -> Op.GE;
      case GT -> Op.LT;
      case GE -> Op.LE;
      default -> op;
    };
  }

  /** The int value of a constant expression ({@code 0}, {@code -EDEADLK}, {@code Errno.EDEADLK}), or null. */
  static Integer constant(Node n) {
    n = strip(n);
    if (n instanceof IntegerLiteralNode lit) {
      return lit.getValue();
    }
    if (n instanceof NumericalMinusNode minus) {
      Integer v = constant(minus.getOperand());
      return v == null ? null : -v;
    }
    if (n instanceof FieldAccessNode fa && fa.getElement().getConstantValue() instanceof Integer i) {
      return i;
    }
    if (n.getTree() instanceof JCTree.JCExpression e && e.type != null && e.type.constValue() instanceof Integer i) {
      return i;
    }
    return null;
  }

  // ---- leaving the body --------------------------------------------------------------------

  /** {@code return ret}: the status goes to the caller, who must act on it. */
  LockState returned(Node result, LockState s) {
    if (result == null) {
      return s;
    }
    Node r = strip(result);
    WwState w = s.ww();
    Integer k = constant(r);
    List<Status> sts = new ArrayList<>();
    for (Status st : statuses(w, r)) {
      // handing -EDEADLK back counts only with the context's ww locks released: the caller backs off
      if (st.open() && holdsOwn(s, w, st.ctx())) {
        continue;
      }
      sts.add(st);
      propagates |= st.open();
      w = w.withoutStatus(st.site());
    }
    if (k != null && k == EDEADLK) {
      propagates = true;
      w = w.mapStatuses(x -> x.values() == WwState.EDEADLK ? null : x);
    }
    if (!sts.isEmpty() || (k != null && k == EDEADLK)) {
      Map<Object, Ctx> ctxs = new java.util.LinkedHashMap<>(w.ctxs());
      for (Ctx c : w.ctxs().values()) {
        if ((c.phases() & WwState.BACKOFF) != 0) {
          ctxs.put(c.key(), c.with((c.phases() & ~WwState.BACKOFF) | WwState.ACQUIRE)); // handed to the caller
        }
      }
      w = new WwState(Map.copyOf(ctxs), w.statuses(), w.vars(), w.owners());
    }
    if (r instanceof LocalVariableNode lv) {
      w = w.withoutCtx(AccessPath.of(lv)); // a context returned is the caller's to finish
    }
    return s.withWw(w);
  }

  /** Does the body still hold a ww lock it took with this context? */
  private static boolean holdsOwn(LockState s, WwState w, Object ctx) {
    for (HeldLock h : s.held()) {
      if (h.kind() == LockKind.WW_MUTEX && !h.conditional() && ctx.equals(w.owner(h.identity()))) {
        return true;
      }
    }
    return false;
  }

  /** A context stored in a field or passed on lives beyond the body: not this body's to finish. */
  LockState escapes(AccessPath ctx, LockState s) {
    return s.ww().ctx(ctx) == null ? s : s.withWw(s.ww().withoutCtx(ctx));
  }

  /** What is left undone when the body returns: unheeded -EDEADLK, contexts never finished. */
  List<WwEvent> atExit(LockState s) {
    List<WwEvent> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    for (Status st : s.ww().statuses().values()) {
      if (st.open() && st.values() != WwState.EDEADLK) { // a known -EDEADLK is the context's back-off, below
        out.add(new WwEvent(Kind.DEADLOCK_IGNORED, st.site(), st.call() + "() may return -EDEADLK, and on some path"
            + " the context neither backs off (release its ww locks, then lockSlow) nor returns the status to"
            + " the caller", null, List.of(), null, st.helper()));
      }
    }
    for (Ctx c : s.ww().ctxs().values()) {
      if ((c.phases() & WwState.BACKOFF) != 0 && c.deadlockAt() != null) {
        out.add(WwEvent.of(Kind.DEADLOCK_IGNORED, c.deadlockAt(), c.deadlockCall() + "() returned -EDEADLK, and"
            + " the method returns without backing off (lockSlow) or returning the status to the caller"));
      }
      if (c.init() != null && (c.phases() & ~WwState.FINI) != 0) {
        out.add(WwEvent.of(Kind.CONTEXT_MISUSE, c.init(), "the acquire context initialized here is not finished"
            + " (fini) on some path out of the method"));
      }
    }
    return out;
  }

  private static String describe(Ctx c) {
    String name = c.key() instanceof AccessPath p ? "context " + p : "the context";
    return c.init() == null ? name : name + " (initialized at " + c.init().shortText() + ")";
  }
}
