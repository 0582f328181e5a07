package dev.drivercheck.flow;

import dev.drivercheck.facts.LockClass;
import dev.drivercheck.report.Position;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The ww_mutex part of the flow store: the acquire contexts of the body with the phases they may
 * be in, and the statuses of ww lock calls not yet acted on, with the values they may still have.
 * Immutable; join is union (a context that may be done, a status that may still be -EDEADLK).
 */
public record WwState(Map<Object, Ctx> ctxs, Map<Position, Status> statuses, Map<AccessPath, Set<Position>> vars,
    Map<Object, Object> owners) {

  public static final WwState EMPTY = new WwState(Map.of(), Map.of(), Map.of(), Map.of());

  /** Phases of an acquire context, as bits. */
  public static final int ACQUIRE = 1;
  public static final int DONE = 2;
  public static final int FINI = 4;
  /** After -EDEADLK: it must release its ww locks, then lock the contended mutex slowly. */
  public static final int BACKOFF = 8;
  /** A context from elsewhere (a parameter, a field): its phase is not known here. */
  public static final int UNKNOWN = 16;

  /** Status values, as bits. */
  public static final int OK = 1;
  public static final int EDEADLK = 2;
  public static final int EALREADY = 4;
  public static final int EINTR = 8;
  /** Some other negative errno (from a helper). */
  public static final int OTHER = 16;

  /**
   * An acquire context.
   *
   * @param key the local holding it, or the tree of its creation until it is stored
   * @param init where it was initialized in this body (null: it came from elsewhere)
   * @param wwClass its ww class, or null
   * @param contended during back-off, the mutex whose lock returned -EDEADLK (null: unknown)
   * @param deadlockAt during back-off, where -EDEADLK came from
   */
  public record Ctx(Object key, int phases, Position init, LockClass wwClass, AccessPath contended,
      Position deadlockAt, String deadlockCall) {
    Ctx with(int newPhases) {
      return new Ctx(key, newPhases, init, wwClass, contended, deadlockAt, deadlockCall);
    }

    Ctx backingOff(AccessPath mutex, Position at, String call) {
      return new Ctx(key, BACKOFF, init, wwClass, mutex, at, call);
    }

    Ctx rekeyed(Object k) {
      return new Ctx(k, phases, init, wwClass, contended, deadlockAt, deadlockCall);
    }
  }

  /**
   * The status of one ww lock call (or of a helper that takes an acquire context and returns an
   * int) that the body has not yet acted on.
   *
   * @param site the call
   * @param call what is called, as messages show it
   * @param ctx the context key
   * @param mutex the mutex locked, or null (a helper)
   * @param node the call's tree, until its value is stored or tested
   * @param values the values it may still have
   * @param helper for a helper's status, its method (reported only if the helper can return -EDEADLK)
   */
  public record Status(Position site, String call, Object ctx, AccessPath mutex, Object node, int values,
      javax.lang.model.element.ExecutableElement helper) {
    public boolean open() {
      return (values & EDEADLK) != 0;
    }

    Status values(int v) {
      return new Status(site, call, ctx, mutex, node, v, helper);
    }

    Status stored() {
      return new Status(site, call, ctx, mutex, null, values, helper);
    }
  }

  /** The statuses local {@code var} may hold. */
  public Set<Position> held(AccessPath var) {
    return var == null ? Set.of() : vars.getOrDefault(var, Set.of());
  }

  /** Does any local hold the status? */
  boolean stored(Position site) {
    for (Set<Position> v : vars.values()) {
      if (v.contains(site)) {
        return true;
      }
    }
    return false;
  }

  WwState withVar(AccessPath var, Set<Position> sites) {
    Map<AccessPath, Set<Position>> m = new LinkedHashMap<>(vars);
    if (sites.isEmpty()) {
      m.remove(var);
    } else {
      m.put(var, Set.copyOf(sites));
    }
    return new WwState(ctxs, statuses, Map.copyOf(m), owners);
  }

  WwState withOwner(Object lock, Object ctx) {
    Map<Object, Object> m = new LinkedHashMap<>(owners);
    m.put(lock, ctx);
    return new WwState(ctxs, statuses, vars, Map.copyOf(m));
  }

  /** The context a held ww lock was taken with, or null (taken without one). */
  public Object owner(Object lock) {
    return owners.get(lock);
  }

  WwState withCtx(Ctx c) {
    Map<Object, Ctx> m = new LinkedHashMap<>(ctxs);
    m.put(c.key(), c);
    return new WwState(Map.copyOf(m), statuses, vars, owners);
  }

  WwState withoutCtx(Object key) {
    Map<Object, Ctx> m = new LinkedHashMap<>(ctxs);
    m.remove(key);
    return new WwState(Map.copyOf(m), statuses, vars, owners);
  }

  WwState withStatus(Status s) {
    Map<Position, Status> m = new LinkedHashMap<>(statuses);
    m.put(s.site(), s);
    return new WwState(ctxs, Map.copyOf(m), vars, owners);
  }

  WwState withoutStatus(Position site) {
    Map<Position, Status> m = new LinkedHashMap<>(statuses);
    m.remove(site);
    return new WwState(ctxs, Map.copyOf(m), vars, owners);
  }

  WwState mapStatuses(UnaryOperator<Status> f) {
    Map<Position, Status> m = new LinkedHashMap<>();
    for (Status s : statuses.values()) {
      Status n = f.apply(s);
      if (n != null) {
        m.put(n.site(), n);
      }
    }
    return new WwState(ctxs, Map.copyOf(m), vars, owners);
  }

  /** The context stored in {@code key} (a local's path or a creation tree), or null. */
  public Ctx ctx(Object key) {
    return key == null ? null : ctxs.get(key);
  }

  WwState join(WwState o) {
    if (o.equals(this)) {
      return this;
    }
    Map<Object, Ctx> c = new LinkedHashMap<>(ctxs);
    for (Ctx x : o.ctxs.values()) {
      Ctx y = c.get(x.key());
      if (y == null) {
        c.put(x.key(), x);
      } else {
        // the contended mutex means something only during back-off: keep the side that backs off
        boolean xb = (x.phases() & BACKOFF) != 0;
        boolean yb = (y.phases() & BACKOFF) != 0;
        AccessPath contended = xb && !yb ? x.contended() : yb && !xb ? y.contended()
            : java.util.Objects.equals(x.contended(), y.contended()) ? y.contended() : null;
        c.put(x.key(), new Ctx(x.key(), x.phases() | y.phases(), y.init() != null ? y.init() : x.init(),
            y.wwClass() != null ? y.wwClass() : x.wwClass(), contended,
            y.deadlockAt() != null ? y.deadlockAt() : x.deadlockAt(),
            y.deadlockCall() != null ? y.deadlockCall() : x.deadlockCall()));
      }
    }
    Map<Position, Status> s = new LinkedHashMap<>(statuses);
    for (Status x : o.statuses.values()) {
      Status y = s.get(x.site());
      if (y == null) {
        s.put(x.site(), x);
      } else {
        s.put(x.site(), new Status(x.site(), x.call(), x.ctx(), x.mutex(), x.node() == y.node() ? x.node() : null,
            x.values() | y.values(), x.helper()));
      }
    }
    Map<AccessPath, Set<Position>> v = new LinkedHashMap<>(vars);
    for (Map.Entry<AccessPath, Set<Position>> e : o.vars.entrySet()) {
      Set<Position> both = new HashSet<>(v.getOrDefault(e.getKey(), Set.of()));
      both.addAll(e.getValue());
      v.put(e.getKey(), Set.copyOf(both));
    }
    Map<Object, Object> own = new LinkedHashMap<>(owners);
    own.putAll(o.owners);
    return new WwState(Map.copyOf(c), Map.copyOf(s), Map.copyOf(v), Map.copyOf(own));
  }
}
