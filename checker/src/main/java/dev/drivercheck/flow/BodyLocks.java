package dev.drivercheck.flow;

import dev.drivercheck.facts.LockClass;
import dev.drivercheck.report.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the flow analysis found about locking in one body, beyond its calls.
 *
 * @param leaked locks taken in the body and still held on some path out of it (normal returns,
 *     explicit throws, checked exceptions), minus those the method declares it acquires
 * @param badReleases releases of locks not held on some path
 * @param dynamicKeys {@code new} of a lock class key outside a {@code static final} initializer
 * @param fieldClasses lock fields given a class by what is stored in them ({@code new Mutex(KEY)})
 * @param fieldParams lock fields assigned a parameter of the body ({@code this.lock = lock}): they
 *     take the class of what callers pass
 * @param returned classes of the locks the body returns
 * @param ww ww_mutex protocol events, for the ww rules
 * @param propagatesDeadlock the body may return -EDEADLK to its caller
 */
public record BodyLocks(
    List<HeldLock> leaked,
    List<BadRelease> badReleases,
    List<Position> dynamicKeys,
    Map<String, LockClass> fieldClasses,
    Map<String, Integer> fieldParams,
    List<LockClass> returned,
    List<WwEvent> ww,
    boolean propagatesDeadlock) {

  public static final BodyLocks NONE =
      new BodyLocks(List.of(), List.of(), List.of(), Map.of(), Map.of(), List.of(), List.of(), false);

  /**
   * A release of a lock that is not held on some path.
   *
   * @param never held on no path at all (else: on some paths only)
   */
  public record BadRelease(Position position, String lock, boolean never) {}

  /** Initializers come as several bodies: one record for all of them. */
  public BodyLocks plus(BodyLocks o) {
    List<HeldLock> l = new ArrayList<>(leaked);
    l.addAll(o.leaked);
    List<BadRelease> b = new ArrayList<>(badReleases);
    b.addAll(o.badReleases);
    List<Position> k = new ArrayList<>(dynamicKeys);
    k.addAll(o.dynamicKeys);
    Map<String, LockClass> f = new LinkedHashMap<>(fieldClasses);
    f.putAll(o.fieldClasses);
    Map<String, Integer> fp = new LinkedHashMap<>(fieldParams);
    fp.putAll(o.fieldParams);
    List<LockClass> r = new ArrayList<>(returned);
    r.addAll(o.returned);
    List<WwEvent> w = new ArrayList<>(ww);
    w.addAll(o.ww);
    return new BodyLocks(List.copyOf(l), List.copyOf(b), List.copyOf(k), Map.copyOf(f), Map.copyOf(fp),
        List.copyOf(r), List.copyOf(w), propagatesDeadlock || o.propagatesDeadlock);
  }
}
