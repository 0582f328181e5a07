package dev.drivercheck.flow;

import dev.drivercheck.report.Position;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One call (method, constructor, or a try-with-resources close) with the locks held just before
 * it: the flow analysis' output that summaries and rules read.
 *
 * @param receiverType the static type of the receiver, or null (static call, constructor)
 * @param virtual the call dispatches on the receiver (else exactly {@code callee} runs)
 * @param held locks that may be held at the call
 * @param during locks the callee holds while it runs (both {@code @Acquires} and {@code @Releases}
 *     of one lock: {@code withLock(body)}); its in-place callbacks run under them
 * @param callbacks lambdas and method references passed as arguments
 * @param resourceClose the implicit close() at the end of a try-with-resources block
 */
public record CallSite(
    ExecutableElement callee,
    TypeMirror receiverType,
    boolean virtual,
    Position position,
    List<HeldLock> held,
    List<HeldLock> during,
    List<Callback> callbacks,
    boolean resourceClose) {

  /**
   * A lambda or method reference passed as argument {@code param} of the callee.
   *
   * @param lambda the lambda's unit key (its tree), or null for a method reference
   * @param target the referenced method, or null for a lambda
   */
  public record Callback(int param, Object lambda, ExecutableElement target, Position position) {}
}
