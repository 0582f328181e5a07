package dev.drivercheck.flow;

import dev.drivercheck.report.Position;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * A body the flow analysis ran over: a method or constructor, a lambda, or an initializer. Holds
 * only what later stages need; no trees.
 *
 * @param key the method's element, the lambda's tree, or an {@link InitKey}
 * @param method the method (null for lambdas and initializers)
 * @param implemented for a lambda, the functional interface method it implements
 * @param enclosing the key of the unit a lambda is written in, else null
 * @param calls every call in the body, with the locks held
 * @param paramCalls calls of the unit's own functional parameters (the callee runs its callback
 *     in place), with the locks held
 * @param implicitCalls units that run as part of this one without a call in the source (the
 *     field initializers and initializer blocks a constructor runs)
 * @param locks leaks, bad releases and lock-class facts found in the body
 * @param pins what the body does to pinned objects
 * @param lifetimes devm/drmm values that escape, and a remove() that does not unplug first
 * @param releasedFields fields of {@code this} the body releases or hands on (what a destructor covers)
 * @param suppressions {@code @SuppressWarnings} values of the enclosing declarations
 */
public record Unit(
    Object key,
    Kind kind,
    ExecutableElement method,
    ExecutableElement implemented,
    TypeElement owner,
    Object enclosing,
    String display,
    Position position,
    List<CallSite> calls,
    List<ParamCall> paramCalls,
    List<Object> implicitCalls,
    BodyLocks locks,
    List<PinEvent> pins,
    List<LifetimeEvent> lifetimes,
    Set<VariableElement> releasedFields,
    Set<String> suppressions) {

  public enum Kind { METHOD, LAMBDA, INSTANCE_INIT, STATIC_INIT }

  /** A call of parameter {@code param} (a callback) inside the body. */
  public record ParamCall(int param, List<HeldLock> held) {}

  public Unit withImplicitCalls(List<Object> implicit) {
    return new Unit(key, kind, method, implemented, owner, enclosing, display, position, calls, paramCalls,
        implicit, locks, pins, lifetimes, releasedFields, suppressions);
  }

  /** One unit per body: identity, not a deep comparison of every call and lock it holds. */
  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  /** Key of a class's field initializers and initializer blocks. */
  public record InitKey(TypeElement owner, boolean isStatic) {}
}
