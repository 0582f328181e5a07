package dev.drivercheck.flow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.checkerframework.errorprone.dataflow.analysis.Store;
import org.checkerframework.errorprone.dataflow.cfg.visualize.CFGVisualizer;
import org.checkerframework.errorprone.dataflow.expression.JavaExpression;

/**
 * The store of the flow analysis: the locks that may be held at a point, in acquisition order,
 * and which of them are held on every path into it. Immutable. Join is union for "may" (a lock
 * held on any path makes the point atomic on that path) and intersection for "must" (an unlock
 * is safe only if the lock is held on every path).
 *
 * <p>{@code leakable} are the held locks that are held on some path not opened by an implicit
 * unchecked exception (any call or dereference may throw one): only those are leaks when an
 * exception leaves the body, or every {@code lock(); work(); unlock();} would be one.
 */
public final class LockState implements Store<LockState> {
  public static final LockState EMPTY = new LockState(List.of(), Set.of(), Set.of(), WwState.EMPTY, false, false);

  private final List<HeldLock> held;
  private final Set<Object> must;
  private final Set<HeldLock> leakable;
  private final WwState ww;
  /** A remove() has unplugged the DRM device on every path here. */
  private final boolean unplugged;
  /** The body entered the device (drm_dev_enter, {@code @EntersBound}) on every path here. */
  private final boolean entered;
  /** Counted references this body gave up ({@code @DecRef}) on some path here. */
  private Set<AccessPath> released = Set.of();

  private LockState(List<HeldLock> held, Set<Object> must, Set<HeldLock> leakable, WwState ww, boolean unplugged,
      boolean entered) {
    this.held = held;
    this.must = must;
    this.leakable = leakable;
    this.ww = ww;
    this.unplugged = unplugged;
    this.entered = entered;
  }

  public boolean entered() {
    return entered;
  }

  public Set<AccessPath> released() {
    return released;
  }

  /** This state with {@code p} released (or, with {@code gone} false, holding a fresh reference). */
  public LockState withReleased(AccessPath p, boolean gone) {
    Set<AccessPath> r = new java.util.HashSet<>(released);
    if (gone) {
      r.add(p);
    } else {
      // a new value in p: p and every path through it name something else now
      r.removeIf(x -> x.root().equals(p.root()) && x.fields().size() >= p.fields().size()
          && x.fields().subList(0, p.fields().size()).equals(p.fields()));
    }
    if (r.equals(released)) {
      return this;
    }
    LockState out = copyWith();
    out.released = Set.copyOf(r);
    return out;
  }

  private LockState copyWith() {
    LockState c = new LockState(held, must, leakable, ww, unplugged, entered);
    c.released = released;
    return c;
  }

  public LockState asEntered() {
    return entered ? this : keep(new LockState(held, must, leakable, ww, unplugged, true));
  }

  public boolean unplugged() {
    return unplugged;
  }

  public LockState asUnplugged() {
    return unplugged ? this : keep(new LockState(held, must, leakable, ww, true, entered));
  }

  /** The ww_mutex contexts and statuses. */
  public WwState ww() {
    return ww;
  }

  public LockState withWw(WwState w) {
    return w.equals(ww) ? this : keep(new LockState(held, must, leakable, w, unplugged, entered));
  }

  public List<HeldLock> held() {
    return held;
  }

  /** Is the lock with this {@link HeldLock#identity()} held on every path here? */
  public boolean mustHold(Object identity) {
    return must.contains(identity);
  }

  public Set<Object> must() {
    return must;
  }

  /** Held locks held on some path that no implicit unchecked exception opened. */
  public Set<HeldLock> leakable() {
    return leakable;
  }

  /** This state as seen on the path of an implicit unchecked exception. */
  public LockState asUnchecked() {
    return leakable.isEmpty() ? this : keep(new LockState(held, must, Set.of(), ww, unplugged, entered));
  }

  public LockState plus(HeldLock h) {
    List<HeldLock> l = new ArrayList<>(held);
    l.remove(h);
    l.add(h);
    Set<Object> m = new HashSet<>(must);
    if (!h.conditional()) {
      m.add(h.identity());
    }
    Set<HeldLock> k = new HashSet<>(leakable);
    k.add(h);
    return keep(new LockState(List.copyOf(l), Set.copyOf(m), Set.copyOf(k), ww, unplugged, entered));
  }

  public LockState minus(Predicate<HeldLock> which) {
    List<HeldLock> l = new ArrayList<>(held);
    if (!l.removeIf(which)) {
      return this;
    }
    Set<Object> m = new HashSet<>();
    Set<HeldLock> k = new HashSet<>();
    for (HeldLock h : l) {
      if (must.contains(h.identity())) {
        m.add(h.identity());
      }
      if (leakable.contains(h)) {
        k.add(h);
      }
    }
    return keep(new LockState(List.copyOf(l), Set.copyOf(m), Set.copyOf(k), ww, unplugged, entered));
  }

  /** Replaces each held lock by {@code f(lock)}; a lock that stops being conditional becomes "must". */
  public LockState map(UnaryOperator<HeldLock> f) {
    List<HeldLock> l = new ArrayList<>(held.size());
    Set<Object> m = new HashSet<>(must);
    Set<HeldLock> k = new HashSet<>();
    for (HeldLock h : held) {
      HeldLock n = f.apply(h);
      l.add(n);
      if (h.conditional() && !n.conditional()) {
        m.add(n.identity());
      }
      if (leakable.contains(h)) {
        k.add(n);
      }
    }
    return l.equals(held) && m.equals(must) ? this
        : keep(new LockState(List.copyOf(l), Set.copyOf(m), Set.copyOf(k), ww, unplugged, entered));
  }

  /** A derived state keeps this one's released references. */
  private LockState keep(LockState derived) {
    derived.released = released;
    return derived;
  }

  @Override
  public LockState copy() {
    return this;
  }

  @Override
  public LockState leastUpperBound(LockState other) {
    if (other.equals(this)) {
      return this;
    }
    Set<HeldLock> union = new LinkedHashSet<>(held);
    union.addAll(other.held);
    Set<Object> both = new HashSet<>(must);
    both.retainAll(other.must);
    Set<HeldLock> k = new HashSet<>(leakable);
    k.addAll(other.leakable);
    LockState out = new LockState(List.copyOf(union), Set.copyOf(both), Set.copyOf(k), ww.join(other.ww),
        unplugged && other.unplugged, entered && other.entered);
    Set<AccessPath> r = new java.util.HashSet<>(released);
    r.addAll(other.released);
    out.released = Set.copyOf(r);
    return out;
  }

  @Override
  public LockState widenedUpperBound(LockState previous) {
    return leastUpperBound(previous);
  }

  @Override
  public boolean canAlias(JavaExpression a, JavaExpression b) {
    return true;
  }

  @Override
  public String visualize(CFGVisualizer<?, LockState, ?> viz) {
    return toString();
  }

  @Override
  public boolean equals(Object o) {
    // held lists are short and unordered for equality: compared without building sets
    return o instanceof LockState s && unplugged == s.unplugged && entered == s.entered && released.equals(s.released)
        && held.size() == s.held.size()
        && held.containsAll(s.held) && s.held.containsAll(held) && leakable.equals(s.leakable)
        && must.equals(s.must) && ww.equals(s.ww);
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (HeldLock l : held) {
      h += l.hashCode();
    }
    return h * 31 + must.hashCode();
  }

  @Override
  public String toString() {
    return held + " must " + must + " leakable " + leakable + " ww " + ww;
  }
}
