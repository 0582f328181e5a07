package dev.drivercheck.flow;

import com.sun.source.tree.Tree;
import dev.drivercheck.facts.Facts;
import dev.drivercheck.facts.MethodFacts;
import dev.drivercheck.facts.Vocabulary;
import dev.drivercheck.report.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.errorprone.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.errorprone.dataflow.cfg.node.FieldAccessNode;
import org.checkerframework.errorprone.dataflow.cfg.node.Node;
import org.checkerframework.errorprone.dataflow.cfg.node.NullLiteralNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ObjectCreationNode;

/**
 * What a body does to {@code @Pinned} objects (pin-init): where they are constructed, whether in
 * place (a {@code @PinInit} body, the {@code @Pin} field the {@code new} fills, an argument of a
 * {@code @PinInit} call), and where they are moved, copied or cloned. Flow-insensitive: pinning is
 * about where code is, not which path reaches it.
 */
final class PinTransfer {
  private final Facts facts;
  private final MethodFacts self;
  private final TypeElement owner;
  private final Function<Tree, Position> positions;
  private final Map<Node, PinEvent> events = new IdentityHashMap<>();

  PinTransfer(Facts facts, MethodFacts self, TypeElement owner, Function<Tree, Position> positions) {
    this.facts = facts;
    this.self = self;
    this.owner = owner;
    this.positions = positions;
  }

  List<PinEvent> events() {
    List<PinEvent> out = new ArrayList<>(events.values());
    out.sort(Comparator.comparing(PinEvent::at).thenComparing(e -> e.kind().name()));
    return List.copyOf(out);
  }

  /** {@code new X(...)} of a pinned X: in place only in a pin-init context; {@code new X(x)} copies. */
  void created(ObjectCreationNode n, ExecutableElement ctor, Position pos) {
    TypeMirror type = n.getType();
    if (!facts.isPinned(type)) {
      return;
    }
    String name = Facts.simpleName(type);
    for (Node arg : ctor == null ? List.<Node>of() : n.getArguments()) {
      if (arg.getType().getKind() == javax.lang.model.type.TypeKind.DECLARED
          && facts.types().isSameType(facts.types().erasure(arg.getType()), facts.types().erasure(type))) {
        events.put(n, new PinEvent(PinEvent.Kind.COPY, pos, name, name, false));
        return;
      }
    }
    events.put(n, new PinEvent(PinEvent.Kind.NEW, pos, name, null, self != null && self.pinInit()));
  }

  /** A call's arguments: moved, required pinned, or constructed in the slot a pin-init call fills. */
  void called(Node n, MethodFacts f, Node receiver, List<Node> args, Position pos) {
    ExecutableElement m = f.method();
    int params = m.getParameters().size();
    for (int i = 0; i < args.size() && params > 0; i++) {
      int param = Math.min(i, params - 1);
      Node arg = AccessPath.uncast(args.get(i));
      if (f.pinInit() && arg instanceof ObjectCreationNode && events.containsKey(arg)) {
        events.put(arg, events.get(arg).builtInPlace()); // Pin.box(new Node()): built in the slot
      }
      if (arg instanceof NullLiteralNode) {
        continue;
      }
      if (f.moves().contains(param) && facts.isPinned(arg.getType())) {
        events.put(args.get(i), new PinEvent(PinEvent.Kind.MOVED, positions.apply(arg.getTree()),
            Facts.simpleName(arg.getType()), Facts.display(m), false));
      }
      if (f.requiresPinned().contains(param) && !facts.isPinned(arg.getType())
          && !facts.isRefcounted(arg.getType())) { // an Arc/KBox/ARef: its heap pointee never moves
        events.put(args.get(i), new PinEvent(PinEvent.Kind.NOT_PINNED, positions.apply(arg.getTree()),
            Facts.simpleName(arg.getType()), Facts.display(m), false));
      }
    }
    if (receiver != null && m.getSimpleName().contentEquals("clone") && args.isEmpty()
        && facts.isPinned(receiver.getType())) {
      events.put(n, new PinEvent(PinEvent.Kind.CLONE, pos, Facts.simpleName(receiver.getType()), null, false));
    }
  }

  /** {@code this.lock = new Mutex()} into a {@code @Pin} field fills it in place; elsewhere it re-pins it. */
  void assigned(AssignmentNode n) {
    if (!(n.getTarget() instanceof FieldAccessNode fa) || !Facts.has(fa.getElement(), Vocabulary.PIN)) {
      return;
    }
    VariableElement field = fa.getElement();
    Node value = AccessPath.uncast(n.getExpression());
    if (value instanceof ObjectCreationNode && events.containsKey(value)
        && events.get(value).kind() == PinEvent.Kind.NEW) {
      events.put(value, events.get(value).builtInPlace());
    }
    boolean construction = owner != null && owner.equals(field.getEnclosingElement())
        && (self == null || self.method().getKind() == ElementKind.CONSTRUCTOR);
    if (!construction && !field.getModifiers().contains(Modifier.FINAL) && facts.isPinned(field.asType())) {
      events.put(n, new PinEvent(PinEvent.Kind.PIN_FIELD_WRITE, positions.apply(n.getTree()),
          Facts.simpleName(field.asType()), field.getEnclosingElement().getSimpleName() + "." + field.getSimpleName(),
          false));
    }
  }
}
