package dev.drivercheck.flow;

import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.Tree;
import dev.drivercheck.facts.ExecContext;
import dev.drivercheck.facts.Facts;
import dev.drivercheck.facts.MethodFacts;
import dev.drivercheck.report.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import org.checkerframework.errorprone.dataflow.cfg.node.ArrayAccessNode;
import org.checkerframework.errorprone.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ClassNameNode;
import org.checkerframework.errorprone.dataflow.cfg.node.FieldAccessNode;
import org.checkerframework.errorprone.dataflow.cfg.node.FunctionalInterfaceNode;
import org.checkerframework.errorprone.dataflow.cfg.node.Node;

/**
 * Where devm and drmm values go (the lifetime order of VOCABULARY.md: static, unscoped, drmm,
 * devm): into fields of longer-lived owners, static fields, collections and arrays such owners
 * hold, and deferred work that captures them. A field whose own type is scoped is judged at its
 * declaration, so stores into it are not reported again.
 */
final class EscapeTransfer {
  /** JDK collection methods that store their argument into the collection. */
  static final Set<String> STORES = Set.of("add", "put", "offer", "set", "push", "addFirst", "addLast",
      "putIfAbsent", "offerFirst", "offerLast");

  private final Facts facts;
  private final Function<Tree, Position> positions;
  /** The class the body is in: a lambda that uses its fields or methods captures {@code this}. */
  private final TypeElement owner;
  private final Map<Node, LifetimeEvent> events = new IdentityHashMap<>();

  EscapeTransfer(Facts facts, Function<Tree, Position> positions, TypeElement owner) {
    this.facts = facts;
    this.positions = positions;
    this.owner = owner;
  }

  List<LifetimeEvent> events() {
    List<LifetimeEvent> out = new ArrayList<>(events.values());
    out.sort(Comparator.comparing(LifetimeEvent::at));
    return out;
  }

  /** {@code owner.field = value}, {@code owner.array[i] = value}. */
  void assigned(AssignmentNode n) {
    Node target = n.getTarget();
    Facts.Scope scope = facts.scope(AccessPath.uncast(n.getExpression()).getType());
    if (scope == null) {
      return;
    }
    if (target instanceof FieldAccessNode fa) {
      VariableElement f = fa.getElement();
      if (facts.scope(f.asType()) != null) {
        return; // a scoped field: judged once, at its declaration
      }
      store(n, scope, f, "field " + f.getEnclosingElement().getSimpleName() + "." + f.getSimpleName(),
          AccessPath.uncast(n.getExpression()));
    } else if (target instanceof ArrayAccessNode aa && AccessPath.uncast(aa.getArray()) instanceof FieldAccessNode fa) {
      store(n, scope, fa.getElement(), "an element of array field " + fa.getElement().getEnclosingElement().getSimpleName()
          + "." + fa.getElement().getSimpleName(), AccessPath.uncast(n.getExpression()));
    }
  }

  /** {@code field.add(value)}, and devm values captured by deferred work. */
  void called(Node n, MethodFacts f, Node receiver, List<Node> args) {
    String name = f.method().getSimpleName().toString();
    if (receiver != null && STORES.contains(name) && facts.isContainer(receiver.getType())
        && AccessPath.uncast(receiver) instanceof FieldAccessNode fa) {
      for (Node a : args) {
        Facts.Scope scope = facts.scope(AccessPath.uncast(a).getType());
        if (scope != null) {
          store(n, scope, fa.getElement(), "collection field " + fa.getElement().getEnclosingElement().getSimpleName()
              + "." + fa.getElement().getSimpleName(), AccessPath.uncast(a));
        }
      }
    }
    // Arc.create(value), new Arc<>(value): the content of a refcounted handle lives as long as
    // its last reference, however long that is
    javax.lang.model.type.TypeMirror made = f.method().getKind() == ElementKind.CONSTRUCTOR
        ? f.method().getEnclosingElement().asType() : f.method().getReturnType();
    boolean fresh = receiver == null || receiver instanceof ClassNameNode
        || receiver.getType().getKind() != javax.lang.model.type.TypeKind.DECLARED
        || !facts.types().isSameType(facts.types().erasure(made), facts.types().erasure(receiver.getType()));
    if (made.getKind() == javax.lang.model.type.TypeKind.DECLARED && facts.isRefcounted(made) && fresh) {
      for (Node a : args) {
        Facts.Scope scope = facts.scope(AccessPath.uncast(a).getType());
        if (scope != null) {
          events.put(n, new LifetimeEvent(LifetimeEvent.Kind.ESCAPE, scope, positions.apply(a.getTree()),
              Facts.simpleName(AccessPath.uncast(a).getType()), "the content of " + Facts.simpleName(made)
                  + " (a counted reference, alive until its last reference is dropped)"));
        }
      }
    }
    int params = f.method().getParameters().size();
    for (int i = 0; i < args.size() && params > 0; i++) {
      ExecContext runsIn = f.runsIn().get(Math.min(i, params - 1));
      if (runsIn == ExecContext.PROCESS && args.get(i) instanceof FunctionalInterfaceNode fn
          && fn.getTree() instanceof LambdaExpressionTree lambda) {
        captured(fn, lambda, Facts.display(f.method()));
      }
    }
  }

  private void store(Node n, Facts.Scope scope, VariableElement field, String place, Node value) {
    boolean isStatic = field.getModifiers().contains(Modifier.STATIC);
    Facts.Scope owner = isStatic ? null : facts.scope(((TypeElement) field.getEnclosingElement()).asType());
    if (isStatic || Facts.outlivedBy(scope, owner)) {
      String where = isStatic ? "static " + place : place + ", which " + (owner == null ? "is not device-scoped"
          : "lives until the DRM device is released");
      events.put(n, new LifetimeEvent(LifetimeEvent.Kind.ESCAPE, scope, positions.apply(n.getTree()),
          Facts.simpleName(value.getType()), where));
    }
  }

  /** Deferred work runs later, maybe after unbind: what it captures must not be devm or drmm scoped. */
  private void captured(Node n, LambdaExpressionTree lambda, String callee) {
    Captures captures = Captures.of(lambda, owner);
    Facts.Scope self = owner == null ? null : facts.scope(owner.asType());
    if (captures.usesThis() && self != null) {
      events.put(n, new LifetimeEvent(LifetimeEvent.Kind.ESCAPE, self, positions.apply(lambda),
          Facts.display(owner) + " this", "deferred work passed to " + callee
              + " (@RunsIn(PROCESS)), which may run after the device is gone"));
      return;
    }
    for (VariableElement s : captures.locals()) {
      Facts.Scope scope = facts.scope(s.asType());
      if (scope != null) {
        events.put(n, new LifetimeEvent(LifetimeEvent.Kind.ESCAPE, scope, positions.apply(lambda),
            Facts.simpleName(s.asType()) + " " + s.getSimpleName(), "deferred work passed to " + callee
                + " (@RunsIn(PROCESS)), which may run after the device is gone"));
        return;
      }
    }
  }
}
