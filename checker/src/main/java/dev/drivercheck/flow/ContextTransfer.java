package dev.drivercheck.flow;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import dev.drivercheck.facts.Facts;
import dev.drivercheck.facts.LockOp;
import dev.drivercheck.facts.LockRef;
import dev.drivercheck.facts.MethodFacts;
import dev.drivercheck.facts.Vocabulary;
import dev.drivercheck.report.Position;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.errorprone.dataflow.analysis.ConditionalTransferResult;
import org.checkerframework.errorprone.dataflow.analysis.ForwardTransferFunction;
import org.checkerframework.errorprone.dataflow.analysis.RegularTransferResult;
import org.checkerframework.errorprone.dataflow.analysis.TransferInput;
import org.checkerframework.errorprone.dataflow.analysis.TransferResult;
import org.checkerframework.errorprone.dataflow.cfg.UnderlyingAST;
import org.checkerframework.errorprone.dataflow.cfg.block.ExceptionBlock;
import org.checkerframework.errorprone.dataflow.cfg.node.AbstractNodeVisitor;
import org.checkerframework.errorprone.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ClassNameNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ConditionalNotNode;
import org.checkerframework.errorprone.dataflow.cfg.node.EqualToNode;
import org.checkerframework.errorprone.dataflow.cfg.node.FunctionalInterfaceNode;
import org.checkerframework.errorprone.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.errorprone.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.Node;
import org.checkerframework.errorprone.dataflow.cfg.node.NotEqualNode;
import org.checkerframework.errorprone.dataflow.cfg.node.NullLiteralNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ObjectCreationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.SuperNode;

/**
 * The transfer function: what each call does to the held locks ({@code @Acquires},
 * {@code @TryAcquires}, {@code @Releases}, guards), and a record of every call with the locks held
 * before it. The analysis revisits nodes until a fixpoint; the last visit of a node has the final
 * store, so records are kept per node and overwritten.
 */
final class ContextTransfer
    extends AbstractNodeVisitor<TransferResult<NoValue, LockState>, TransferInput<NoValue, LockState>>
    implements ForwardTransferFunction<NoValue, LockState> {

  private final Facts facts;
  private final TypeElement owner;
  private final List<? extends VariableElement> params;
  private final Function<Tree, Position> positions;
  private final Map<VariableElement, Tree> resources;
  final Map<Node, CallSite> calls = new IdentityHashMap<>();
  final Map<Node, Unit.ParamCall> paramCalls = new IdentityHashMap<>();
  private final Map<VariableElement, Tree> functionalLocals = new java.util.HashMap<>();

  ContextTransfer(Facts facts, TypeElement owner, List<? extends VariableElement> params,
      Function<Tree, Position> positions, Map<VariableElement, Tree> resources) {
    this.facts = facts;
    this.owner = owner;
    this.params = params;
    this.positions = positions;
    this.resources = resources;
  }

  @Override
  public LockState initialStore(UnderlyingAST ast, List<LocalVariableNode> parameters) {
    return LockState.EMPTY;
  }

  @Override
  public TransferResult<NoValue, LockState> visitNode(Node n, TransferInput<NoValue, LockState> in) {
    return new RegularTransferResult<>(null, in.getRegularStore());
  }

  @Override
  public TransferResult<NoValue, LockState> visitConditionalNot(
      ConditionalNotNode n, TransferInput<NoValue, LockState> in) {
    return in.containsTwoStores()
        ? new ConditionalTransferResult<>(null, in.getElseStore(), in.getThenStore())
        : visitNode(n, in);
  }

  @Override
  public TransferResult<NoValue, LockState> visitMethodInvocation(
      MethodInvocationNode n, TransferInput<NoValue, LockState> in) {
    LockState before = in.getRegularStore();
    ExecutableElement callee = n.getTarget().getMethod();
    Node receiver = n.getTarget().getReceiver();
    boolean resourceClose = !n.getInSource();
    Position pos = resourceClose ? resourcePosition(receiver, n.getTree()) : positions.apply(n.getTree());
    int param = receiver instanceof LocalVariableNode lv && isFunctionalMethod(callee)
        ? params.indexOf(lv.getElement()) : -1;
    if (param >= 0) {
      // Runs the caller's callback: judged at each call site with the argument passed there, not
      // through every implementation of the interface in the program.
      paramCalls.put(n, new Unit.ParamCall(param, before.held()));
    }
    calls.put(n, new CallSite(callee, receiverType(receiver), param < 0 && isVirtual(callee, receiver), pos,
        before.held(), during(facts.method(callee), receiver, n.getArguments(), pos),
        callbacks(callee, n.getArguments()), resourceClose));
    String name = callee.getSimpleName().toString();
    if (n.getArguments().isEmpty() && (name.equals("isPresent") || name.equals("isEmpty"))) {
      TransferResult<NoValue, LockState> split = guardTest(receiver, name.equals("isPresent"), before);
      if (split != null) {
        return split; // an Optional guard of a try-lock
      }
    }
    return effects(n, facts.method(callee), receiver, n.getArguments(), n.getTree(), pos, before,
        callee.getReturnType());
  }

  @Override
  public TransferResult<NoValue, LockState> visitObjectCreation(
      ObjectCreationNode n, TransferInput<NoValue, LockState> in) {
    LockState before = in.getRegularStore();
    ExecutableElement ctor = (ExecutableElement) TreeInfo.symbol((JCTree) n.getTree());
    if (ctor == null || ctor.getKind() != ElementKind.CONSTRUCTOR) {
      ctor = (ExecutableElement) ((JCTree.JCNewClass) n.getTree()).constructor;
    }
    if (ctor == null) {
      return visitNode(n, in);
    }
    Position pos = positions.apply(n.getTree());
    calls.put(n, new CallSite(ctor, null, false, pos, before.held(),
        during(facts.method(ctor), null, n.getArguments(), pos), callbacks(ctor, n.getArguments()), false));
    return effects(n, facts.method(ctor), null, n.getArguments(), n.getTree(), pos, before, n.getType());
  }

  @Override
  public TransferResult<NoValue, LockState> visitAssignment(
      AssignmentNode n, TransferInput<NoValue, LockState> in) {
    LockState s = in.getRegularStore();
    if (n.getTarget() instanceof LocalVariableNode lv && n.getExpression() instanceof FunctionalInterfaceNode fn) {
      functionalLocals.put(lv.getElement(), fn.getTree()); // Runnable r = () -> ...; later run in place
    }
    AccessPath target = AccessPath.of(n.getTarget());
    Tree value = strip(n.getExpression().getTree());
    if (target != null && value != null) {
      s = s.map(h -> h.guard() == value ? h.withGuard(target) : h);
    }
    return new RegularTransferResult<>(null, s);
  }

  @Override
  public TransferResult<NoValue, LockState> visitNotEqual(NotEqualNode n, TransferInput<NoValue, LockState> in) {
    return nullCheck(n.getLeftOperand(), n.getRightOperand(), true, in);
  }

  @Override
  public TransferResult<NoValue, LockState> visitEqualTo(EqualToNode n, TransferInput<NoValue, LockState> in) {
    return nullCheck(n.getLeftOperand(), n.getRightOperand(), false, in);
  }

  /** {@code guard != null}: the try-lock succeeded on the true branch and failed on the other. */
  private TransferResult<NoValue, LockState> nullCheck(
      Node left, Node right, boolean notEqual, TransferInput<NoValue, LockState> in) {
    Node other = left instanceof NullLiteralNode ? right : right instanceof NullLiteralNode ? left : null;
    TransferResult<NoValue, LockState> split = guardTest(other, notEqual, in.getRegularStore());
    return split != null ? split : new RegularTransferResult<>(null, in.getRegularStore());
  }

  /**
   * Splits the store on a test of a try-lock's guard ({@code g != null}, {@code opt.isPresent()}):
   * the lock is held where the test says the guard is there, and not held elsewhere. Null when
   * {@code guard} holds no such lock.
   */
  private static TransferResult<NoValue, LockState> guardTest(Node guard, boolean present, LockState s) {
    AccessPath p = guard == null ? null : AccessPath.of(guard);
    if (p == null || s.held().stream().noneMatch(h -> h.ifNonNull() && p.equals(h.guard()))) {
      return null;
    }
    LockState held = s.map(h -> h.ifNonNull() && p.equals(h.guard())
        ? new HeldLock(h.path(), h.lockClass(), h.typeName(), h.kind(), h.irqsOff(), h.site(), h.guard(), false)
        : h);
    LockState failed = s.minus(h -> h.ifNonNull() && p.equals(h.guard()));
    return present
        ? new ConditionalTransferResult<>(null, held, failed)
        : new ConditionalTransferResult<>(null, failed, held);
  }

  // ---- effects of a call -------------------------------------------------------------------

  private TransferResult<NoValue, LockState> effects(Node n, MethodFacts f, Node receiver,
      List<Node> args, Tree call, Position pos, LockState s, TypeMirror returns) {
    Map<TypeMirror, LockState> onThrow = null;
    if (f.releases().stream().anyMatch(op -> !scoped(f, op)) || releasesGuard(f, receiver)) {
      s = release(f, receiver, args, s);
      // An unlock that throws has still unlocked: the exception paths leave without the lock.
      onThrow = new java.util.HashMap<>();
      if (n.getBlock() instanceof ExceptionBlock eb) {
        for (TypeMirror cause : eb.getExceptionalSuccessors().keySet()) {
          onThrow.put(cause, s);
        }
      }
    }
    boolean guardReturned = facts.isGuard(returns);
    for (LockOp op : f.acquires()) {
      if (!scoped(f, op)) {
        s = s.plus(held(op, receiver, args, pos, guardReturned ? call : null, false));
      }
    }
    if (!f.tryAcquires().isEmpty()) {
      LockState success = s;
      boolean bool = returns.getKind() == TypeKind.BOOLEAN;
      for (LockOp op : f.tryAcquires()) {
        success = success.plus(held(op, receiver, args, pos, bool ? null : call, !bool));
      }
      if (bool) {
        return new ConditionalTransferResult<>(null, success, s);
      }
      s = success;
    }
    return new RegularTransferResult<>(null, s, onThrow);
  }

  /** {@code close()} of a guard: it releases what that guard holds. */
  private boolean releasesGuard(MethodFacts f, Node receiver) {
    return receiver != null && facts.isGuard(receiver.getType())
        && (f.method().getSimpleName().contentEquals("close") || Facts.has(f.method(), Vocabulary.RELEASES));
  }

  private LockState release(MethodFacts f, Node receiver, List<Node> args, LockState s) {
    if (receiver != null && facts.isGuard(receiver.getType())) {
      AccessPath g = AccessPath.of(receiver);
      Tree gt = strip(receiver.getTree());
      return s.minus(h -> h.guard() != null && (h.guard().equals(g) || h.guard() == gt));
    }
    for (LockOp op : f.releases()) {
      if (scoped(f, op)) {
        continue;
      }
      AccessPath p = pathOf(op.ref(), receiver, args);
      String name = LockNames.name(facts, p, op.ref(), owner);
      LockState after = p == null ? s : s.minus(h -> p.equals(h.path()));
      if (after == s) {
        // No stable path (e.g. a lock reached through a call): release the newest of its class.
        HeldLock newest = null;
        for (HeldLock h : s.held()) {
          if (h.lockClass().equals(name)) {
            newest = h;
          }
        }
        HeldLock drop = newest;
        after = drop == null ? s : s.minus(h -> h == drop);
      }
      s = after;
    }
    return s;
  }

  /** A lock the callee both acquires and releases: held only while the call runs. */
  private static boolean scoped(MethodFacts f, LockOp op) {
    List<LockOp> other = f.acquires().contains(op) ? f.releases() : f.acquires();
    return other.stream().anyMatch(o -> o.ref().expr().equals(op.ref().expr()));
  }

  private List<HeldLock> during(MethodFacts f, Node receiver, List<Node> args, Position pos) {
    List<HeldLock> out = new ArrayList<>();
    for (LockOp op : f.acquires()) {
      if (scoped(f, op)) {
        out.add(held(op, receiver, args, pos, null, false));
      }
    }
    return out;
  }

  private HeldLock held(LockOp op, Node receiver, List<Node> args, Position pos, Object guard,
      boolean ifNonNull) {
    AccessPath p = pathOf(op.ref(), receiver, args);
    return new HeldLock(p, LockNames.name(facts, p, op.ref(), owner), Facts.simpleName(op.ref().type()),
        op.ref().kind(), op.irqsOff(), pos, guard, ifNonNull);
  }

  /** The access path, at this call, of a lock expression written on the callee. */
  private static AccessPath pathOf(LockRef ref, Node receiver, List<Node> args) {
    AccessPath base;
    if (ref.param() == LockRef.STATIC) {
      return new AccessPath(AccessPath.STATIC, ref.fields());
    } else if (ref.param() == LockRef.RECEIVER) {
      base = receiver == null ? null : AccessPath.of(receiver);
    } else {
      base = ref.param() < args.size() ? AccessPath.of(args.get(ref.param())) : null;
    }
    return base == null ? null : base.selectAll(ref.fields());
  }

  // ---- call records --------------------------------------------------------------------------

  private static TypeMirror receiverType(Node receiver) {
    return receiver == null || receiver instanceof ClassNameNode ? null : receiver.getType();
  }

  private static boolean isVirtual(ExecutableElement callee, Node receiver) {
    return !(receiver == null || receiver instanceof SuperNode
        || callee.getModifiers().contains(Modifier.STATIC)
        || callee.getModifiers().contains(Modifier.PRIVATE)
        || callee.getModifiers().contains(Modifier.FINAL)
        || callee.getEnclosingElement().getModifiers().contains(Modifier.FINAL));
  }

  private List<CallSite.Callback> callbacks(ExecutableElement callee, List<Node> args) {
    List<CallSite.Callback> out = new ArrayList<>();
    int nparams = callee.getParameters().size();
    for (int i = 0; i < args.size(); i++) {
      int param = Math.min(i, nparams - 1);
      Node arg = args.get(i);
      Tree t = arg instanceof FunctionalInterfaceNode fn ? fn.getTree()
          : arg instanceof LocalVariableNode lv ? functionalLocals.get(lv.getElement()) : null;
      ExecutableElement anonymous = arg instanceof ObjectCreationNode oc ? anonymousCallback(oc) : null;
      if (anonymous != null) {
        out.add(new CallSite.Callback(param, null, anonymous, positions.apply(arg.getTree())));
      } else if (t != null) {
        if (t instanceof LambdaExpressionTree) {
          out.add(new CallSite.Callback(param, t, null, positions.apply(t)));
        } else if (t instanceof MemberReferenceTree && ((JCTree.JCMemberReference) t).sym
            instanceof ExecutableElement target) {
          out.add(new CallSite.Callback(param, null, target, positions.apply(t)));
        }
      }
    }
    return out;
  }

  /** The method of an anonymous class argument that implements an interface method (the callback). */
  private ExecutableElement anonymousCallback(ObjectCreationNode oc) {
    if (oc.getClassBody() == null || !(((JCTree.JCNewClass) oc.getTree()).def != null)) {
      return null;
    }
    TypeElement anon = ((JCTree.JCNewClass) oc.getTree()).def.sym;
    for (ExecutableElement m : javax.lang.model.util.ElementFilter.methodsIn(anon.getEnclosedElements())) {
      for (ExecutableElement o : facts.overriddenMethods(m)) {
        if (isFunctionalMethod(o)) {
          return m;
        }
      }
    }
    return null;
  }

  private Position resourcePosition(Node receiver, Tree fallback) {
    if (receiver instanceof LocalVariableNode lv && resources.containsKey(lv.getElement())) {
      return positions.apply(resources.get(lv.getElement()));
    }
    return positions.apply(fallback);
  }

  private static boolean isFunctionalMethod(ExecutableElement m) {
    return m.getModifiers().contains(Modifier.ABSTRACT)
        && m.getEnclosingElement().getKind() == ElementKind.INTERFACE;
  }

  private static Tree strip(Tree t) {
    while (t instanceof TypeCastTree c) {
      t = c.getExpression();
    }
    while (t instanceof com.sun.source.tree.ParenthesizedTree p) {
      t = p.getExpression();
    }
    return t instanceof ExpressionTree ? t : null;
  }
}
