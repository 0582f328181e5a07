package dev.drivercheck.flow;

import dev.drivercheck.report.Position;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.lang.model.element.VariableElement;
import org.checkerframework.errorprone.dataflow.analysis.Store;
import org.checkerframework.errorprone.dataflow.cfg.visualize.CFGVisualizer;
import org.checkerframework.errorprone.dataflow.expression.JavaExpression;

/**
 * The store of the ownership flow: the counted references this body made and still owns, with the
 * locals that hold them, and the locals that hold a loan. Immutable. Join is union: a reference
 * owned on any path into a point may leak from it.
 */
final class RefState implements Store<RefState> {
  /** An owned reference made at {@code at} (a constructor or factory result, an {@code @IncRef}). */
  record Ref(Position at, String what) {}

  /**
   * How a reference is held at a point.
   *
   * @param locals the locals holding it; none for a temporary its consumer has not yet taken
   * @param leakable held on some path that no implicit unchecked exception opened
   * @param exit where the paths into this point left the body (a return or throw), or null
   */
  record Held(Set<VariableElement> locals, boolean leakable, Position exit) {
    Held join(Held o) {
      Set<VariableElement> l = new HashSet<>(locals);
      l.addAll(o.locals);
      Position e = exit == null ? o.exit : o.exit == null || exit.compareTo(o.exit) <= 0 ? exit : o.exit;
      return new Held(Set.copyOf(l), leakable || o.leakable, e);
    }
  }

  static final RefState EMPTY = new RefState(Map.of(), Map.of());

  private final Map<Ref, Held> owned;
  /** Locals holding a loan (a borrowed parameter, a {@code @Borrowed} result), with what it is. */
  private final Map<VariableElement, String> borrowed;

  private RefState(Map<Ref, Held> owned, Map<VariableElement, String> borrowed) {
    this.owned = owned;
    this.borrowed = borrowed;
  }

  Map<Ref, Held> owned() {
    return owned;
  }

  String loan(VariableElement local) {
    return borrowed.get(local);
  }

  /** The reference {@code local} holds, or null. */
  Ref heldBy(VariableElement local) {
    for (Map.Entry<Ref, Held> e : owned.entrySet()) {
      if (e.getValue().locals().contains(local)) {
        return e.getKey();
      }
    }
    return null;
  }

  boolean isTemporary(Ref r) {
    Held h = owned.get(r);
    return h != null && h.locals().isEmpty();
  }

  RefState made(Ref r) {
    Map<Ref, Held> o = new HashMap<>(owned);
    o.put(r, new Held(Set.of(), true, null));
    return new RefState(Map.copyOf(o), borrowed);
  }

  /** Released or handed on: no longer this body's to release. */
  RefState gone(Ref r) {
    if (!owned.containsKey(r)) {
      return this;
    }
    Map<Ref, Held> o = new HashMap<>(owned);
    o.remove(r);
    return new RefState(Map.copyOf(o), borrowed);
  }

  /** {@code local} now holds {@code r} (null: no owned reference) or the loan {@code loan} (null: none). */
  RefState assign(VariableElement local, Ref r, String loan) {
    Map<Ref, Held> o = new HashMap<>();
    for (Map.Entry<Ref, Held> e : owned.entrySet()) {
      Held h = e.getValue();
      Set<VariableElement> l = new HashSet<>(h.locals());
      l.remove(local);
      if (e.getKey().equals(r)) {
        l.add(local);
      }
      o.put(e.getKey(), new Held(Set.copyOf(l), h.leakable(), h.exit()));
    }
    Map<VariableElement, String> b = new HashMap<>(borrowed);
    if (loan == null) {
      b.remove(local);
    } else {
      b.put(local, loan);
    }
    return new RefState(Map.copyOf(o), Map.copyOf(b));
  }

  /** This state on the path of an implicit unchecked exception, or leaving the body at {@code exit}. */
  RefState leaving(boolean unchecked, Position exit) {
    return mapHeld(h -> new Held(h.locals(), h.leakable() && !unchecked, exit == null ? h.exit() : exit));
  }

  private RefState mapHeld(UnaryOperator<Held> f) {
    if (owned.isEmpty()) {
      return this;
    }
    Map<Ref, Held> o = new HashMap<>();
    owned.forEach((r, h) -> o.put(r, f.apply(h)));
    return new RefState(Map.copyOf(o), borrowed);
  }

  @Override
  public RefState copy() {
    return this;
  }

  @Override
  public RefState leastUpperBound(RefState other) {
    if (other.equals(this)) {
      return this;
    }
    Map<Ref, Held> o = new HashMap<>(owned);
    other.owned.forEach((r, h) -> o.merge(r, h, Held::join));
    Map<VariableElement, String> b = new HashMap<>(borrowed);
    other.borrowed.forEach(b::putIfAbsent);
    return new RefState(Map.copyOf(o), Map.copyOf(b));
  }

  @Override
  public RefState widenedUpperBound(RefState previous) {
    return leastUpperBound(previous);
  }

  @Override
  public boolean canAlias(JavaExpression a, JavaExpression b) {
    return true;
  }

  @Override
  public String visualize(CFGVisualizer<?, RefState, ?> viz) {
    return toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RefState s && owned.equals(s.owned) && borrowed.equals(s.borrowed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(owned, borrowed);
  }

  @Override
  public String toString() {
    return "owned " + owned + " borrowed " + borrowed.keySet();
  }
}
