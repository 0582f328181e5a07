package dev.drivercheck.flow;

import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import dev.drivercheck.facts.Facts;
import dev.drivercheck.facts.MethodFacts;
import dev.drivercheck.facts.Vocabulary;
import dev.drivercheck.report.Position;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.errorprone.dataflow.analysis.ConditionalTransferResult;
import org.checkerframework.errorprone.dataflow.analysis.ForwardTransferFunction;
import org.checkerframework.errorprone.dataflow.analysis.RegularTransferResult;
import org.checkerframework.errorprone.dataflow.analysis.TransferInput;
import org.checkerframework.errorprone.dataflow.analysis.TransferResult;
import org.checkerframework.errorprone.dataflow.cfg.UnderlyingAST;
import org.checkerframework.errorprone.dataflow.cfg.node.AbstractNodeVisitor;
import org.checkerframework.errorprone.dataflow.cfg.node.ArrayAccessNode;
import org.checkerframework.errorprone.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.errorprone.dataflow.cfg.node.BinaryOperationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ClassNameNode;
import org.checkerframework.errorprone.dataflow.cfg.node.EqualToNode;
import org.checkerframework.errorprone.dataflow.cfg.node.FieldAccessNode;
import org.checkerframework.errorprone.dataflow.cfg.node.FunctionalInterfaceNode;
import org.checkerframework.errorprone.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.errorprone.dataflow.cfg.node.MethodAccessNode;
import org.checkerframework.errorprone.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.Node;
import org.checkerframework.errorprone.dataflow.cfg.node.NotEqualNode;
import org.checkerframework.errorprone.dataflow.cfg.node.NullLiteralNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ObjectCreationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ReturnNode;
import org.checkerframework.errorprone.dataflow.cfg.node.SwitchExpressionNode;
import org.checkerframework.errorprone.dataflow.cfg.node.TernaryExpressionNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ThrowNode;
import org.checkerframework.errorprone.dataflow.cfg.node.TypeCastNode;

/**
 * Ownership of counted references through one body (RefLeak, BorrowEscape). An owned reference
 * (a {@code new}, a factory or {@code @IncRef} result, an {@code @Owned} parameter) must be
 * released ({@code @DecRef}) or handed on: returned, stored into a field, array or collection,
 * passed to an {@code @Owned} parameter, or captured by deferred work. A loan (a parameter, a
 * {@code @Borrowed} result) must not be handed on at all: only a new reference may be.
 */
final class RefTransfer
    extends AbstractNodeVisitor<TransferResult<NoValue, RefState>, TransferInput<NoValue, RefState>>
    implements ForwardTransferFunction<NoValue, RefState> {
  private final Facts facts;
  private final Ownership ownership;
  private final List<? extends VariableElement> params;
  private final List<Position> paramPositions;
  private final Function<Tree, Position> positions;
  private final Map<Node, Set<TypeMirror>> exceptionCauses;
  private final Set<Tree> discarded;
  private final ExceptionPaths exceptionPaths;
  /** The reference each owned-result node made; the loan each borrowed-result node lent. */
  private final Map<Node, RefState.Ref> made = new IdentityHashMap<>();
  private final Map<Node, String> lent = new IdentityHashMap<>();
  /** Leaks seen inside the body (a dropped temporary, an overwritten local) and loans handed on. */
  final Map<Node, LifetimeEvent> events = new IdentityHashMap<>();
  /** Owned references handed to deferred work that never releases them, per capturing node. */
  final Map<Node, Map<VariableElement, LifetimeEvent>> capturedLeaks = new IdentityHashMap<>();
  /** Fields of {@code this} the body releases or hands on: what a destructor must cover. */
  final Set<VariableElement> releasedFields = new HashSet<>();

  RefTransfer(Facts facts, Ownership ownership, List<? extends VariableElement> params,
      List<Position> paramPositions, Function<Tree, Position> positions, Map<Node, Set<TypeMirror>> exceptionCauses,
      Set<Tree> discarded) {
    this.facts = facts;
    this.ownership = ownership;
    this.params = params;
    this.paramPositions = paramPositions;
    this.positions = positions;
    this.exceptionCauses = exceptionCauses;
    this.discarded = discarded;
    this.exceptionPaths = new ExceptionPaths(facts);
  }

  /** Owned parameters are the body's to release; the others are loans. */
  @Override
  public RefState initialStore(UnderlyingAST ast, List<LocalVariableNode> parameters) {
    RefState s = RefState.EMPTY;
    for (int i = 0; i < params.size(); i++) {
      VariableElement p = params.get(i);
      if (!ownership.counted(p.asType())) {
        continue;
      }
      if (Facts.has(p, Vocabulary.OWNED)) {
        RefState.Ref r = new RefState.Ref(paramPositions.get(i), "@Owned parameter " + p.getSimpleName());
        s = s.made(r).assign(p, r, null);
      } else {
        s = s.assign(p, null, "parameter " + p.getSimpleName() + " (borrowed: it is not @Owned)");
      }
    }
    return s;
  }

  /** Any other node: a temporary it consumes is taken as handed on (what it does is unknown). */
  @Override
  public TransferResult<NoValue, RefState> visitNode(Node n, TransferInput<NoValue, RefState> in) {
    RefState s = in.getRegularStore();
    if (!(n instanceof MethodAccessNode)) {
      for (Node o : n.getOperands()) {
        RefState.Ref r = made.get(AccessPath.uncast(o));
        if (r != null && s.isTemporary(r)) {
          s = s.gone(r);
        }
      }
    }
    if (n instanceof ThrowNode) {
      return new RegularTransferResult<>(null, s.leaving(false, positions.apply(n.getTree())));
    }
    return new RegularTransferResult<>(null, s, onThrow(n, s));
  }

  @Override
  public TransferResult<NoValue, RefState> visitTypeCast(TypeCastNode n, TransferInput<NoValue, RefState> in) {
    RefState.Ref r = made.get(AccessPath.uncast(n.getOperand()));
    if (r != null) {
      made.put(n, r);
    }
    String loan = lent.get(AccessPath.uncast(n.getOperand()));
    if (loan != null) {
      lent.put(n, loan);
    }
    return new RegularTransferResult<>(null, in.getRegularStore(), onThrow(n, in.getRegularStore()));
  }

  @Override
  public TransferResult<NoValue, RefState> visitReturn(ReturnNode n, TransferInput<NoValue, RefState> in) {
    RefState s = in.getRegularStore();
    if (n.getResult() != null) {
      s = handOn(n.getResult(), s);
    }
    return new RegularTransferResult<>(null, s.leaving(false, positions.apply(n.getTree())));
  }

  @Override
  public TransferResult<NoValue, RefState> visitAssignment(AssignmentNode n, TransferInput<NoValue, RefState> in) {
    forget(n);
    RefState s = in.getRegularStore();
    Node value = AccessPath.uncast(n.getExpression());
    Node target = n.getTarget();
    if (target instanceof LocalVariableNode lv) {
      VariableElement local = lv.getElement();
      RefState.Ref r = refOf(value, s);
      RefState.Ref old = s.heldBy(local);
      if (old != null && !old.equals(r) && s.owned().get(old).locals().size() == 1 && s.owned().get(old).leakable()) {
        events.put(n, new LifetimeEvent(LifetimeEvent.Kind.REF_LEAK, null, old.at(), old.what(),
            "local " + local.getSimpleName() + " is overwritten at line " + positions.apply(n.getTree()).line()
                + " while it still owns it"));
        s = s.gone(old);
      }
      return new RegularTransferResult<>(null, s.assign(local, r, loanOf(value, s)), onThrow(n, s));
    }
    VariableElement field = target instanceof FieldAccessNode fa ? fa.getElement()
        : target instanceof ArrayAccessNode aa && AccessPath.uncast(aa.getArray()) instanceof FieldAccessNode fa ? fa.getElement()
        : null;
    if (field != null && Facts.has(field, Vocabulary.BORROWED)) {
      return new RegularTransferResult<>(null, s, onThrow(n, s)); // a loan kept on purpose
    }
    if (field != null) {
      escape(n, value, s, (target instanceof ArrayAccessNode ? "an element of array field " : "field ")
          + field.getEnclosingElement().getSimpleName() + "." + field.getSimpleName());
    }
    s = handOn(value, s);
    return new RegularTransferResult<>(null, s, onThrow(n, s));
  }

  @Override
  public TransferResult<NoValue, RefState> visitEqualTo(EqualToNode n, TransferInput<NoValue, RefState> in) {
    return nullTest(n, in, true);
  }

  @Override
  public TransferResult<NoValue, RefState> visitNotEqual(NotEqualNode n, TransferInput<NoValue, RefState> in) {
    return nullTest(n, in, false);
  }

  /** On the branch where the local is null there is nothing to release. */
  private TransferResult<NoValue, RefState> nullTest(BinaryOperationNode n, TransferInput<NoValue, RefState> in,
      boolean equal) {
    RefState s = in.getRegularStore();
    Node other = n.getRightOperand() instanceof NullLiteralNode ? n.getLeftOperand()
        : n.getLeftOperand() instanceof NullLiteralNode ? n.getRightOperand() : null;
    RefState.Ref r = other instanceof LocalVariableNode lv ? s.heldBy(lv.getElement()) : null;
    if (r == null) {
      return visitNode(n, in);
    }
    RefState isNull = s.gone(r);
    return equal ? new ConditionalTransferResult<>(null, isNull, s) : new ConditionalTransferResult<>(null, s, isNull);
  }

  @Override
  public TransferResult<NoValue, RefState> visitMethodInvocation(MethodInvocationNode n,
      TransferInput<NoValue, RefState> in) {
    forget(n);
    ExecutableElement callee = n.getTarget().getMethod();
    Node receiver = n.getTarget().getReceiver();
    RefState s = in.getRegularStore();
    MethodFacts f = facts.method(callee);
    String name = callee.getSimpleName().toString();
    if (receiver != null && !(receiver instanceof ClassNameNode)) {
      if (f.decRef()) {
        AccessPath p = AccessPath.of(receiver);
        if (p != null && p.root() == AccessPath.THIS && p.fields().size() == 1) {
          releasedFields.add(p.fields().get(0));
        }
        s = handOn(receiver, s);
      } else {
        s = dropTemporary(n, receiver, s, "used as the receiver of " + Facts.display(callee) + "() and dropped");
      }
    }
    boolean store = receiver != null && EscapeTransfer.STORES.contains(name) && facts.isContainer(receiver.getType());
    Node owner = receiver == null ? null : AccessPath.uncast(receiver);
    s = arguments(n, f, n.getArguments(), s, store, store && (owner instanceof FieldAccessNode) ? "collection field "
        + ((FieldAccessNode) owner).getElement().getEnclosingElement().getSimpleName() + "."
        + ((FieldAccessNode) owner).getElement().getSimpleName() : null);
    return result(n, callee, s);
  }

  @Override
  public TransferResult<NoValue, RefState> visitObjectCreation(ObjectCreationNode n,
      TransferInput<NoValue, RefState> in) {
    forget(n);
    Symbol ctor = ((JCTree.JCNewClass) n.getTree()).constructor;
    RefState s = in.getRegularStore();
    if (!(ctor instanceof ExecutableElement c)) {
      return visitNode(n, in);
    }
    s = arguments(n, facts.method(c), n.getArguments(), s, false, null);
    return result(n, c, s);
  }

  /** Arguments: to {@code @Owned} parameters and collections handed on, to loans only lent. */
  private RefState arguments(Node call, MethodFacts f, List<Node> args, RefState s, boolean store,
      String storePlace) {
    ExecutableElement m = f.method();
    String callee = Facts.display(m);
    int n = m.getParameters().size();
    for (int i = 0; i < args.size(); i++) {
      Node a = AccessPath.uncast(args.get(i));
      if (ownership.ownedParam(m, i)) {
        escape(call, a, s, "@Owned parameter " + m.getParameters().get(Math.min(i, n - 1)).getSimpleName() + " of "
            + callee + "()");
        AccessPath p = AccessPath.of(a);
        if (p != null && p.root() == AccessPath.THIS && p.fields().size() == 1) {
          releasedFields.add(p.fields().get(0));
        }
        s = handOn(a, s);
      } else if (store) {
        if (storePlace != null) {
          escape(call, a, s, storePlace);
        }
        s = handOn(a, s);
      } else if (n > 0 && f.runsIn().get(Math.min(i, n - 1)) != null && a instanceof FunctionalInterfaceNode fn) {
        s = captured(call, fn.getTree(), s, "deferred work passed to " + callee + "()");
      } else {
        s = dropTemporary(call, a, s, "passed to " + callee + "(), which only borrows it, and never released");
      }
    }
    return s;
  }

  /** The call's own result: a new reference to release, or a loan. */
  private TransferResult<NoValue, RefState> result(Node n, ExecutableElement m, RefState s) {
    Map<TypeMirror, RefState> thrown = onThrow(n, s);
    switch (ownership.result(m, n.getType())) {
      case OWNED -> {
        RefState.Ref r = new RefState.Ref(positions.apply(n.getTree()), Facts.simpleName(n.getType()) + " from "
            + (m.getKind() == ElementKind.CONSTRUCTOR ? "new " + Facts.simpleName(n.getType())
                : Facts.display(m) + "()"));
        if (discarded.contains(n.getTree())) {
          events.put(n, new LifetimeEvent(LifetimeEvent.Kind.REF_LEAK, null, r.at(), r.what(),
              "its result is discarded"));
        } else {
          made.put(n, r);
          s = s.made(r);
        }
      }
      case LOAN -> lent.put(n, Facts.simpleName(n.getType()) + " lent by " + Facts.display(m) + "()");
      case NONE -> { }
    }
    return new RegularTransferResult<>(null, s, thrown);
  }

  /** Deferred work takes over what it captures: owned references go with it, loans must not. */
  private RefState captured(Node call, Tree lambda, RefState s, String place) {
    for (VariableElement v : Captures.of(lambda, null).locals()) {
      String loan = s.loan(v);
      if (loan != null) {
        events.putIfAbsent(call, new LifetimeEvent(LifetimeEvent.Kind.BORROW_ESCAPE, null,
            positions.apply(lambda), loan, "captured by " + place));
      }
      RefState.Ref r = s.heldBy(v);
      if (r != null) {
        if (s.owned().get(r).leakable() && !releasedInside(lambda, v)) {
          capturedLeaks.computeIfAbsent(call, k -> new HashMap<>()).put(v, new LifetimeEvent(
              LifetimeEvent.Kind.REF_LEAK, null, r.at(), r.what(),
              "captured by " + place + ", whose body never releases it"));
        }
        s = s.gone(r);
      }
    }
    return s;
  }

  /**
   * Does deferred work release or hand on the captured {@code v} somewhere in its body (a
   * {@code @DecRef} call or reference, an {@code @Owned} argument, a store, a return, a resource)?
   * Path-insensitive: the body's own flow is not followed here.
   */
  private boolean releasedInside(Tree body, VariableElement v) {
    boolean[] found = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(com.sun.source.tree.MethodInvocationTree t, Void p) {
        Symbol m = TreeInfo.symbol((JCTree) t.getMethodSelect());
        if (m instanceof ExecutableElement callee) {
          if (t.getMethodSelect() instanceof com.sun.source.tree.MemberSelectTree sel && is(sel.getExpression())
              && facts.method(callee).decRef()) {
            found[0] = true;
          }
          boolean store = EscapeTransfer.STORES.contains(callee.getSimpleName().toString());
          for (int i = 0; i < t.getArguments().size(); i++) {
            if (is(t.getArguments().get(i)) && (store || ownership.ownedParam(callee, i))) {
              found[0] = true;
            }
          }
        }
        return super.visitMethodInvocation(t, p);
      }

      @Override
      public Void visitNewClass(com.sun.source.tree.NewClassTree t, Void p) {
        if (((JCTree.JCNewClass) t).constructor instanceof ExecutableElement ctor) {
          for (int i = 0; i < t.getArguments().size(); i++) {
            found[0] |= is(t.getArguments().get(i)) && ownership.ownedParam(ctor, i);
          }
        }
        return super.visitNewClass(t, p);
      }

      @Override
      public Void visitMemberReference(com.sun.source.tree.MemberReferenceTree t, Void p) {
        found[0] |= is(t.getQualifierExpression()) && TreeInfo.symbol((JCTree) t) instanceof ExecutableElement m
            && facts.method(m).decRef();
        return super.visitMemberReference(t, p);
      }

      @Override
      public Void visitAssignment(com.sun.source.tree.AssignmentTree t, Void p) {
        found[0] |= is(t.getExpression()) && TreeInfo.symbol((JCTree) t.getVariable()) instanceof Symbol.VarSymbol f
            && f.getKind() == ElementKind.FIELD;
        return super.visitAssignment(t, p);
      }

      @Override
      public Void visitReturn(com.sun.source.tree.ReturnTree t, Void p) {
        found[0] |= t.getExpression() != null && is(t.getExpression());
        return super.visitReturn(t, p);
      }

      @Override
      public Void visitTry(com.sun.source.tree.TryTree t, Void p) {
        for (Tree r : t.getResources()) {
          found[0] |= r instanceof VariableTree vt && vt.getInitializer() != null && is(vt.getInitializer())
              || r instanceof com.sun.source.tree.ExpressionTree e && is(e);
        }
        return super.visitTry(t, p);
      }

      private boolean is(Tree e) {
        while (e instanceof com.sun.source.tree.ParenthesizedTree pt) {
          e = pt.getExpression();
        }
        return e instanceof IdentifierTree && TreeInfo.symbol((JCTree) e) == v;
      }
    }.scan(body, null);
    return found[0];
  }

  /** The analysis revisits nodes until a fixpoint: only the last visit's events stand. */
  private void forget(Node n) {
    events.remove(n);
    capturedLeaks.remove(n);
  }

  /** A loan handed on where it can outlive the call that lent it. */
  private void escape(Node at, Node value, RefState s, String place) {
    String loan = loanOf(value, s);
    if (loan != null) {
      events.put(at, new LifetimeEvent(LifetimeEvent.Kind.BORROW_ESCAPE, null, positions.apply(at.getTree()), loan,
          place));
    }
  }

  /** An owned temporary nobody takes: it leaks right here. */
  private RefState dropTemporary(Node at, Node value, RefState s, String how) {
    RefState.Ref r = made.get(AccessPath.uncast(value));
    if (r == null || !s.isTemporary(r)) {
      return s;
    }
    events.put(at, new LifetimeEvent(LifetimeEvent.Kind.REF_LEAK, null, r.at(), r.what(), how));
    return s.gone(r);
  }

  /** Released or handed on: the reference {@code value} denotes is no longer this body's. */
  private RefState handOn(Node value, RefState s) {
    if (AccessPath.uncast(value) instanceof FunctionalInterfaceNode fn) {
      forget(fn);
      return captured(fn, fn.getTree(), s, "a callback kept beyond the call");
    }
    RefState.Ref r = refOf(AccessPath.uncast(value), s);
    return r == null ? s : s.gone(r);
  }

  private RefState.Ref refOf(Node value, RefState s) {
    value = result(AccessPath.uncast(value));
    if (value instanceof LocalVariableNode lv) {
      return s.heldBy(lv.getElement());
    }
    RefState.Ref r = made.get(value);
    return r != null && s.isTemporary(r) ? r : null;
  }

  private String loanOf(Node value, RefState s) {
    value = result(AccessPath.uncast(value));
    return value instanceof LocalVariableNode lv ? s.loan(lv.getElement()) : lent.get(value);
  }

  Map<TypeMirror, RefState> onThrow(Node n, RefState s) {
    Set<TypeMirror> causes = exceptionCauses.get(n);
    if (causes == null) {
      return null;
    }
    Map<TypeMirror, RefState> out = new HashMap<>();
    Position at = positions.apply(n.getTree());
    for (TypeMirror cause : causes) {
      boolean unchecked = exceptionPaths.implicit(n, cause);
      out.put(cause, s.leaving(unchecked, at));
    }
    return out;
  }

  /** A conditional or switch expression stands for the synthetic local its branches assign. */
  private static Node result(Node n) {
    return n instanceof TernaryExpressionNode t ? t.getTernaryExpressionVar()
        : n instanceof SwitchExpressionNode sw ? sw.getSwitchExpressionVar() : n;
  }
}
