package dev.drivercheck.flow;

import dev.drivercheck.facts.LockClass;
import dev.drivercheck.report.Position;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One call (method, constructor, or a try-with-resources close) with the locks held just before
 * it: the flow analysis' output that summaries and rules read.
 *
 * @param receiverType the static type of the receiver, or null (static call, constructor)
 * @param virtual the call dispatches on the receiver (else exactly {@code callee} runs)
 * @param held locks that may be held at the call
 * @param must identities ({@link HeldLock#identity()}) of the locks held on every path to it
 * @param acquired locks the call itself takes: {@code @Acquires} (also the scoped ones of
 *     {@code during}) and {@code @TryAcquires}
 * @param during locks the callee holds while it runs (both {@code @Acquires} and {@code @Releases}
 *     of one lock: {@code withLock(body)}); its in-place callbacks run under them
 * @param bindings what the receiver and arguments are, for reading the callee's summary here
 * @param callbacks lambdas and method references passed as arguments
 * @param resourceClose the implicit close() at the end of a try-with-resources block
 * @param entered the body entered the device ({@code @EntersBound}) on every path to the call
 */
public record CallSite(
    ExecutableElement callee,
    TypeMirror receiverType,
    boolean virtual,
    Position position,
    List<HeldLock> held,
    Set<Object> must,
    List<HeldLock> acquired,
    List<HeldLock> during,
    Bindings bindings,
    List<Callback> callbacks,
    boolean resourceClose,
    boolean entered) {

  /**
   * A lambda or method reference passed as argument {@code param} of the callee.
   *
   * @param lambda the lambda's unit key (its tree), or null for a method reference
   * @param target the referenced method, or null for a lambda
   */
  public record Callback(int param, Object lambda, ExecutableElement target, Position position) {}

  /**
   * The lock classes and access paths of the receiver and the arguments (null where an operand is
   * no lock or has no stable path): a callee's facts about its {@code this} and {@code #i} become
   * facts about these.
   */
  public record Bindings(LockClass receiverClass, AccessPath receiverPath, List<LockClass> argClasses,
      List<AccessPath> argPaths) {
    public static final Bindings NONE = new Bindings(null, null, List.of(), List.of());

    /** The class bound to a callee's parameter ({@code -1}: the receiver), or null. */
    public LockClass classOf(int param) {
      return param < 0 ? receiverClass : param < argClasses.size() ? argClasses.get(param) : null;
    }

    public AccessPath pathOf(int param) {
      return param < 0 ? receiverPath : param < argPaths.size() ? argPaths.get(param) : null;
    }
  }
}
