package dev.drivercheck.flow;

import dev.drivercheck.facts.LockKind;
import dev.drivercheck.report.Position;

/**
 * A lock held at some program point, with where it was taken (the evidence every report shows).
 *
 * @param path the lock object, or null when the expression had no stable path
 * @param lockClass the lockdep class name as messages show it ({@code File.xa})
 * @param typeName the lock's type ({@code SpinLock})
 * @param guard the guard holding it: the acquiring call's tree until assigned, then the local
 *     variable; null for explicit lock/unlock
 * @param ifNonNull held only if the guard is non-null (a try-lock returning a nullable guard)
 */
public record HeldLock(
    AccessPath path,
    String lockClass,
    String typeName,
    LockKind kind,
    boolean irqsOff,
    Position site,
    Object guard,
    boolean ifNonNull) {

  public boolean atomic() {
    return kind.atomic();
  }

  public HeldLock withGuard(Object newGuard) {
    return new HeldLock(path, lockClass, typeName, kind, irqsOff, site, newGuard, ifNonNull);
  }

  /** {@code SpinLock File.xa (acquired at File.java:119)}. */
  public String describe() {
    return typeName + " " + lockClass + " (acquired at " + site.shortText() + ")";
  }
}
