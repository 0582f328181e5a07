package dev.drivercheck.flow;

import dev.drivercheck.facts.Facts;
import dev.drivercheck.facts.LockClass;
import dev.drivercheck.facts.LockRef;
import dev.drivercheck.report.Position;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.errorprone.dataflow.cfg.node.ArrayAccessNode;
import org.checkerframework.errorprone.dataflow.cfg.node.FieldAccessNode;
import org.checkerframework.errorprone.dataflow.cfg.node.IntegerLiteralNode;
import org.checkerframework.errorprone.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.errorprone.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.Node;
import org.checkerframework.errorprone.dataflow.cfg.node.ObjectCreationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ThisNode;
import org.checkerframework.errorprone.dataflow.cfg.node.TypeCastNode;

/**
 * The lockdep class of a lock expression inside one body (VOCABULARY.md): a field's class (also
 * for the elements of a lock array or collection stored there), a {@code @LockClass} name, the
 * {@code @LockClassKey} constant or the allocation site of a lock created here, the class of what
 * a local was assigned, or a placeholder for a bare parameter that call sites fill in.
 */
final class LockClasses {
  private final Facts facts;
  private final List<? extends VariableElement> params;
  private final String unitName;
  private final Map<VariableElement, LockClass> locals = new HashMap<>();
  private final java.util.Set<VariableElement> opaque = new java.util.HashSet<>();

  LockClasses(Facts facts, List<? extends VariableElement> params, String unitName) {
    this.facts = facts;
    this.params = params;
    this.unitName = unitName;
  }

  /** Remembers what a local was assigned (flow-insensitive: the last assignment seen wins). */
  void assigned(VariableElement local, Node value) {
    LockClass c = of(value);
    if (c != null) {
      locals.put(local, c);
    }
    Node v = value;
    while (v instanceof TypeCastNode cast) {
      v = cast.getOperand();
    }
    if (v instanceof MethodInvocationNode || v instanceof ArrayAccessNode) {
      opaque.add(local); // an element of a list or array: which one, we cannot tell
    }
  }

  /** A local holding a lock taken out of a container: one of many, not a known object. */
  boolean opaque(AccessPath p) {
    return p.fields().isEmpty() && p.root() instanceof VariableElement v && opaque.contains(v);
  }

  /** The class of the lock (or lock container) an expression denotes, or null when unknown. */
  LockClass of(Node n) {
    while (n instanceof TypeCastNode cast) {
      n = cast.getOperand();
    }
    if (n instanceof FieldAccessNode fa) {
      return facts.fieldClass(fa.getElement());
    }
    if (n instanceof LocalVariableNode lv) {
      VariableElement v = lv.getElement();
      String named = facts.declaredLockClass(v);
      if (named != null) {
        return LockClass.named(named);
      }
      LockClass c = locals.get(v);
      if (c != null) {
        return c;
      }
      int i = params.indexOf(v);
      return i >= 0 ? LockClass.param(i) : null;
    }
    if (n instanceof ThisNode) {
      return LockClass.param(-1);
    }
    if (n instanceof ArrayAccessNode a) {
      return of(a.getArray());
    }
    if (n instanceof MethodInvocationNode mi) {
      // list.get(i), it.next(), map.get(k): an element of a container shares its class
      Node r = mi.getTarget().getReceiver();
      if (r != null && facts.isContainer(r.getType())) {
        return of(r);
      }
      return facts.lockKind(mi.getType()) == null ? null : LockClass.returnedBy(mi.getTarget().getMethod());
    }
    if (n instanceof ObjectCreationNode oc) {
      return created(oc, null);
    }
    return null;
  }

  /**
   * A lock created by {@code oc}: the class of the {@code @LockClassKey} (or ww class) constant passed to it,
   * else its allocation site. Null (with {@code at} null) when {@code oc} passes no key.
   */
  LockClass created(ObjectCreationNode oc, Position at) {
    for (Node arg : oc.getArguments()) {
      boolean key = facts.isLockClassKey(arg.getType()) || facts.isWwClass(arg.getType());
      if (key && arg instanceof FieldAccessNode fa && fa.isStatic()) {
        VariableElement k = fa.getElement();
        javax.lang.model.element.TypeElement owner = (javax.lang.model.element.TypeElement) k.getEnclosingElement();
        return LockClass.key(owner.getQualifiedName().toString(), Facts.display(owner), k.getSimpleName().toString());
      }
    }
    return at == null ? null : LockClass.site(Facts.simpleName(oc.getType()), at.shortText(),
        at.file().getName() + ":" + at.start());
  }

  /** The class a lock op names at a call, falling back to one class per lock variable or site. */
  LockClass forOp(LockRef ref, Node receiver, List<Node> args, AccessPath path, Position at) {
    if (!ref.fields().isEmpty()) {
      return facts.fieldClass(ref.fields().get(ref.fields().size() - 1));
    }
    Node base = ref.param() == LockRef.RECEIVER ? receiver
        : ref.param() >= 0 && ref.param() < args.size() ? args.get(ref.param()) : null;
    String ww = base == null ? null : facts.typeWwClass(base.getType());
    if (ww != null) {
      return LockClass.named(ww); // every reservation object is of the reservation ww class
    }
    LockClass c = base == null ? null : base instanceof ObjectCreationNode oc ? created(oc, at) : of(base);
    return c != null ? c : unknown(ref.type(), path, at);
  }

  /**
   * The class of a lock op on the body's own receiver or parameters (what {@code @Holds} and
   * {@code @Releases} say is held on entry).
   */
  LockClass own(LockRef ref, Position at) {
    if (!ref.fields().isEmpty()) {
      return facts.fieldClass(ref.fields().get(ref.fields().size() - 1));
    }
    if (ref.param() >= 0 && ref.param() < params.size()) {
      String named = facts.declaredLockClass(params.get(ref.param()));
      if (named != null) {
        return LockClass.named(named);
      }
    }
    return LockClass.param(ref.param());
  }

  /** A lock of unknown origin: one class per local variable, else per acquisition site. */
  private LockClass unknown(TypeMirror type, AccessPath path, Position at) {
    String typeName = Facts.simpleName(type);
    if (path != null && path.fields().isEmpty() && path.root() instanceof VariableElement v) {
      return LockClass.site(typeName, unitName + "." + v.getSimpleName(),
          unitName + "#" + v.getSimpleName() + "@" + at.file().getName());
    }
    return LockClass.site(typeName, at.shortText(), at.file().getName() + ":" + at.start());
  }

  /** The ww class a constant names ({@code new WwAcquireCtx(RESERVATION)}), or null. */
  LockClass wwClass(Node arg) {
    while (arg instanceof TypeCastNode cast) {
      arg = cast.getOperand();
    }
    if (arg instanceof FieldAccessNode fa && fa.isStatic() && facts.isWwClass(arg.getType())) {
      VariableElement k = fa.getElement();
      javax.lang.model.element.TypeElement owner = (javax.lang.model.element.TypeElement) k.getEnclosingElement();
      return LockClass.key(owner.getQualifiedName().toString(), Facts.display(owner), k.getSimpleName().toString());
    }
    return null;
  }

  /** The constant subclass passed for {@code subclassParam}: 0 without one, -1 if not constant. */
  static int subclass(int subclassParam, List<Node> args) {
    if (subclassParam < 0) {
      return 0;
    }
    if (subclassParam >= args.size()) {
      return -1;
    }
    Node arg = args.get(subclassParam);
    if (arg instanceof IntegerLiteralNode lit) {
      return lit.getValue();
    }
    if (arg instanceof FieldAccessNode fa && fa.getElement().getModifiers().contains(Modifier.FINAL)
        && fa.getElement().getConstantValue() instanceof Integer i) {
      return i;
    }
    return -1;
  }
}
