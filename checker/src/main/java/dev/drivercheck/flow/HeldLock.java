package dev.drivercheck.flow;

import dev.drivercheck.facts.LockClass;
import dev.drivercheck.facts.LockKind;
import dev.drivercheck.report.Position;

/**
 * A lock held at some program point, with where it was taken (the evidence every report shows).
 *
 * @param path the lock object, or null when the expression had no stable path
 * @param cls its lockdep class
 * @param subclass the lockdep nesting subclass (mutex_lock_nested), 0 by default, -1 when the
 *     argument was no constant
 * @param typeName the lock's type ({@code SpinLock})
 * @param trylock taken by a try-lock, which never waits (so it adds no dependency on held locks)
 * @param entry held on entry to the body ({@code @Holds}, {@code @Releases}), not taken in it
 * @param guard the guard holding it: the acquiring call's tree until assigned, then the local
 *     variable; for a boolean try-lock, the boolean local; null for explicit lock/unlock
 * @param conditional held only if the guard tests present: non-null, {@code true}, or a present
 *     {@code Optional} (a try-lock whose outcome is not yet tested); for a ww lock's status, the
 *     guard is the lock call's position and the lock is held where the status is 0
 * @param noContext a ww mutex taken without an acquire context: to lockdep, a plain mutex
 */
public record HeldLock(
    AccessPath path,
    LockClass cls,
    int subclass,
    String typeName,
    LockKind kind,
    boolean irqsOff,
    boolean trylock,
    boolean entry,
    Position site,
    Object guard,
    boolean conditional,
    boolean noContext) {

  public boolean atomic() {
    return kind.atomic();
  }

  /** The kind as lockdep sees this acquisition: a ww mutex without a context is a plain mutex. */
  public LockKind lockdepKind() {
    return kind == LockKind.WW_MUTEX && noContext ? LockKind.MUTEX : kind;
  }

  /** The class as messages show it, with a non-zero subclass: {@code Vm.lock/1}. */
  public String lockClass() {
    return subclass == 0 ? cls.name() : cls.name() + "/" + (subclass < 0 ? "?" : subclass);
  }

  /** What must-held tracking and releases match on: the object when known, else the class. */
  public Object identity() {
    return path != null ? path : cls;
  }

  public HeldLock withGuard(Object newGuard) {
    return new HeldLock(path, cls, subclass, typeName, kind, irqsOff, trylock, entry, site, newGuard, conditional, noContext);
  }

  public HeldLock withConditional(boolean c) {
    return new HeldLock(path, cls, subclass, typeName, kind, irqsOff, trylock, entry, site, guard, c, noContext);
  }

  public HeldLock tested() {
    return new HeldLock(path, cls, subclass, typeName, kind, irqsOff, trylock, entry, site, guard, false, noContext);
  }

  /** {@code SpinLock File.xa (acquired at File.java:119)}. */
  public String describe() {
    return typeName + " " + lockClass() + " (acquired at " + site.shortText() + ")";
  }
}
