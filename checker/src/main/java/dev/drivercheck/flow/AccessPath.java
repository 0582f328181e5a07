package dev.drivercheck.flow;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;
import org.checkerframework.errorprone.dataflow.cfg.node.FieldAccessNode;
import org.checkerframework.errorprone.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.errorprone.dataflow.cfg.node.Node;
import org.checkerframework.errorprone.dataflow.cfg.node.ThisNode;
import org.checkerframework.errorprone.dataflow.cfg.node.TypeCastNode;

/**
 * Which lock object an expression denotes inside one method: a root (the receiver, a local or
 * parameter, or static storage) and the fields selected from it. Two equal paths are one lock.
 *
 * @param root {@link #THIS}, {@link #STATIC}, or the local variable's element
 */
public record AccessPath(Object root, List<VariableElement> fields) {
  public static final Object THIS = "this";
  public static final Object STATIC = "static";

  /** The path of a CFG node, or null when it is no stable path (a call result, an array element). */
  public static AccessPath of(Node n) {
    if (n instanceof TypeCastNode cast) {
      return of(cast.getOperand());
    }
    if (n instanceof ThisNode) {
      return new AccessPath(THIS, List.of());
    }
    if (n instanceof LocalVariableNode lv) {
      return new AccessPath(lv.getElement(), List.of());
    }
    if (n instanceof FieldAccessNode fa) {
      if (fa.isStatic()) {
        return new AccessPath(STATIC, List.of(fa.getElement()));
      }
      AccessPath base = of(fa.getReceiver());
      return base == null ? null : base.select(fa.getElement());
    }
    return null;
  }

  /** The expression behind any casts: a cast names the same object. */
  static Node uncast(Node n) {
    while (n instanceof TypeCastNode c) {
      n = c.getOperand();
    }
    return n;
  }

  public AccessPath select(VariableElement field) {
    List<VariableElement> f = new ArrayList<>(fields);
    f.add(field);
    return new AccessPath(root, List.copyOf(f));
  }

  public AccessPath selectAll(List<VariableElement> more) {
    AccessPath p = this;
    for (VariableElement v : more) {
      p = p.select(v);
    }
    return p;
  }

  /** The last named thing: the last field, else the root variable. */
  public Element last() {
    if (!fields.isEmpty()) {
      return fields.get(fields.size() - 1);
    }
    return root instanceof Element e ? e : null;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(root instanceof Element e ? e.getSimpleName() : String.valueOf(root));
    for (VariableElement f : fields) {
      sb.append('.').append(f.getSimpleName());
    }
    return sb.toString();
  }
}
