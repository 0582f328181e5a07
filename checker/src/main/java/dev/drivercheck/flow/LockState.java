package dev.drivercheck.flow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.checkerframework.errorprone.dataflow.analysis.Store;
import org.checkerframework.errorprone.dataflow.cfg.visualize.CFGVisualizer;
import org.checkerframework.errorprone.dataflow.expression.JavaExpression;

/**
 * The store of the flow analysis: the locks that may be held at a point, in acquisition order.
 * Immutable; join is union, because a lock held on any path into a point makes that point atomic
 * on that path.
 */
public final class LockState implements Store<LockState> {
  public static final LockState EMPTY = new LockState(List.of());

  private final List<HeldLock> held;

  private LockState(List<HeldLock> held) {
    this.held = held;
  }

  public List<HeldLock> held() {
    return held;
  }

  public LockState plus(HeldLock h) {
    List<HeldLock> l = new ArrayList<>(held);
    l.remove(h);
    l.add(h);
    return new LockState(List.copyOf(l));
  }

  public LockState minus(Predicate<HeldLock> which) {
    List<HeldLock> l = new ArrayList<>(held);
    return l.removeIf(which) ? new LockState(List.copyOf(l)) : this;
  }

  /** Replaces each held lock by {@code f(lock)}. */
  public LockState map(java.util.function.UnaryOperator<HeldLock> f) {
    List<HeldLock> l = new ArrayList<>(held.size());
    for (HeldLock h : held) {
      l.add(f.apply(h));
    }
    return l.equals(held) ? this : new LockState(List.copyOf(l));
  }

  @Override
  public LockState copy() {
    return this;
  }

  @Override
  public LockState leastUpperBound(LockState other) {
    if (other.held.isEmpty() || other.held.equals(held)) {
      return this;
    }
    Set<HeldLock> union = new LinkedHashSet<>(held);
    union.addAll(other.held);
    return new LockState(List.copyOf(union));
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
    return held.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LockState s && new LinkedHashSet<>(held).equals(new LinkedHashSet<>(s.held));
  }

  @Override
  public int hashCode() {
    return new LinkedHashSet<>(held).hashCode();
  }

  @Override
  public String toString() {
    return held.toString();
  }
}
