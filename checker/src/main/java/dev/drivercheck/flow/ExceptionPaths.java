package dev.drivercheck.flow;

import com.sun.tools.javac.tree.JCTree;
import dev.drivercheck.facts.Facts;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.errorprone.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.Node;
import org.checkerframework.errorprone.dataflow.cfg.node.ObjectCreationNode;

/**
 * Which exception paths count for leaks (LockLeak, RefLeak). Any call or dereference may throw an
 * unchecked exception, and counting those would make every lock without try/finally a leak: they
 * do not count. Checked exceptions do, and so does an unchecked exception that the callee declares
 * in its {@code throws} clause: a documented error path, like a Rust function returning
 * {@code Result}.
 */
final class ExceptionPaths {
  private final Facts facts;
  private final TypeMirror runtimeException;
  private final TypeMirror error;

  ExceptionPaths(Facts facts) {
    this.facts = facts;
    this.runtimeException = facts.elements().getTypeElement("java.lang.RuntimeException").asType();
    this.error = facts.elements().getTypeElement("java.lang.Error").asType();
  }

  /** Is the path of {@code cause} out of {@code n} one that no leak is reported on? */
  boolean implicit(Node n, TypeMirror cause) {
    if (!facts.types().isSubtype(cause, runtimeException) && !facts.types().isSubtype(cause, error)) {
      return false;
    }
    for (TypeMirror declared : declared(n)) {
      if (facts.types().isSameType(facts.types().erasure(declared), facts.types().erasure(cause))) {
        return false;
      }
    }
    return true;
  }

  /** What the callee of a call or {@code new} declares it throws; nothing for other nodes. */
  static List<? extends TypeMirror> declared(Node n) {
    ExecutableElement callee = n instanceof MethodInvocationNode m ? m.getTarget().getMethod()
        : n instanceof ObjectCreationNode && ((JCTree.JCNewClass) n.getTree()).constructor instanceof ExecutableElement c
            ? c : null;
    return callee == null ? List.of() : callee.getThrownTypes();
  }
}
