package dev.drivercheck.flow;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import dev.drivercheck.facts.Facts;
import dev.drivercheck.facts.LockClass;
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
import org.checkerframework.errorprone.dataflow.cfg.node.ArrayAccessNode;
import org.checkerframework.errorprone.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ClassNameNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ConditionalNotNode;
import org.checkerframework.errorprone.dataflow.cfg.node.EqualToNode;
import org.checkerframework.errorprone.dataflow.cfg.node.FieldAccessNode;
import org.checkerframework.errorprone.dataflow.cfg.node.FunctionalInterfaceNode;
import org.checkerframework.errorprone.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.errorprone.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.Node;
import org.checkerframework.errorprone.dataflow.cfg.node.NotEqualNode;
import org.checkerframework.errorprone.dataflow.cfg.node.NullLiteralNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ObjectCreationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.CaseNode;
import org.checkerframework.errorprone.dataflow.cfg.node.GreaterThanNode;
import org.checkerframework.errorprone.dataflow.cfg.node.GreaterThanOrEqualNode;
import org.checkerframework.errorprone.dataflow.cfg.node.LessThanNode;
import org.checkerframework.errorprone.dataflow.cfg.node.LessThanOrEqualNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ReturnNode;
import org.checkerframework.errorprone.dataflow.cfg.node.SuperNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ThrowNode;
import org.checkerframework.errorprone.dataflow.cfg.node.TypeCastNode;

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
  private final MethodFacts self;
  private final List<? extends VariableElement> params;
  private final Function<Tree, Position> positions;
  private final Position entrySite;
  private final Map<VariableElement, Tree> resources;
  private final LockClasses classes;
  final WwTransfer ww;
  final PinTransfer pins;
  final EscapeTransfer escapes;
  /** In a remove(): effects made before the unplug, on some path, with what they do. */
  final Map<Node, Position> beforeUnplug = new IdentityHashMap<>();
  final Map<Position, String> effects = new java.util.HashMap<>();
  /** Double releases and uses after release of counted references. */
  final Map<Node, LifetimeEvent> refEvents = new IdentityHashMap<>();
  /** Locals that are only copies of another local or parameter: one counted reference. */
  private final Map<javax.lang.model.element.Element, javax.lang.model.element.Element> copies;
  /** Guard implementations release what their guard holds: not checked as unlocks. */
  private final boolean guardBody;
  private final Map<Node, java.util.Set<TypeMirror>> exceptionCauses;
  private final ExceptionPaths exceptionPaths;
  final Map<Node, CallSite> calls = new IdentityHashMap<>();
  final Map<Node, Unit.ParamCall> paramCalls = new IdentityHashMap<>();
  final Map<Node, BodyLocks.BadRelease> badReleases = new IdentityHashMap<>();
  final Map<Node, Position> dynamicKeys = new IdentityHashMap<>();
  final Map<String, LockClass> fieldClasses = new java.util.TreeMap<>();
  final Map<String, Integer> fieldParams = new java.util.TreeMap<>();
  /** Locked objects put into a container: held on by its owner, not leaked. */
  final java.util.Set<AccessPath> handedOver = new java.util.HashSet<>();
  final java.util.Set<LockClass> returned = new java.util.LinkedHashSet<>();
  private final Map<VariableElement, Tree> functionalLocals = new java.util.HashMap<>();
  /** Locals that held a lock's guard somewhere in this body. */
  private final Map<AccessPath, String> guards = new java.util.HashMap<>();

  ContextTransfer(Facts facts, ExecutableElement method, TypeElement owner, List<? extends VariableElement> params,
      String unitName, Function<Tree, Position> positions, Position entrySite, Map<VariableElement, Tree> resources,
      Map<Node, java.util.Set<TypeMirror>> exceptionCauses, java.util.Set<Tree> discarded,
      Map<javax.lang.model.element.Element, javax.lang.model.element.Element> copies) {
    this.copies = copies;
    this.exceptionCauses = exceptionCauses;
    this.facts = facts;
    this.self = method == null ? null : facts.method(method);
    this.params = params;
    this.positions = positions;
    this.entrySite = entrySite;
    this.resources = resources;
    this.classes = new LockClasses(facts, params, unitName);
    this.ww = new WwTransfer(facts, classes, positions, discarded);
    this.pins = new PinTransfer(facts, self, owner, positions);
    this.escapes = new EscapeTransfer(facts, positions, owner);
    this.guardBody = owner != null && facts.isGuard(owner.asType());
    this.exceptionPaths = new ExceptionPaths(facts);
  }

  /** A method starts holding what its {@code @Holds} and {@code @Releases} say its callers hold. */
  @Override
  public LockState initialStore(UnderlyingAST ast, List<LocalVariableNode> parameters) {
    LockState s = LockState.EMPTY;
    if (self == null) {
      return s;
    }
    List<LockOp> entry = new ArrayList<>(self.holds());
    for (LockOp op : self.releases()) {
      if (!scoped(self, op)) {
        entry.add(op);
      }
    }
    for (LockOp op : entry) {
      AccessPath p = ownPath(op.ref());
      s = s.plus(new HeldLock(p, classes.own(op.ref(), entrySite), 0, Facts.simpleName(op.ref().type()),
          op.ref().kind(), false, false, true, entrySite, null, false, false));
    }
    return s;
  }

  boolean removeCallback() {
    return self != null && self.removeCallback();
  }

  /** The path of a lock expression of this body's own annotations. */
  AccessPath ownPath(LockRef ref) {
    AccessPath base = ref.param() == LockRef.STATIC ? new AccessPath(AccessPath.STATIC, List.of())
        : ref.param() == LockRef.RECEIVER ? new AccessPath(AccessPath.THIS, List.of())
        : ref.param() < params.size() ? new AccessPath(params.get(ref.param()), List.of()) : null;
    return base == null ? null : base.selectAll(ref.fields());
  }

  /** Does this body declare that it returns holding {@code h} ({@code @Acquires}, {@code @TryAcquires})? */
  boolean declaresAcquired(HeldLock h) {
    if (self == null) {
      return false;
    }
    List<LockOp> ops = new ArrayList<>(self.tryAcquires());
    ops.addAll(self.holds()); // a @Holds method may drop and retake its lock: it returns holding it
    for (LockOp op : self.acquires()) {
      if (!scoped(self, op)) {
        ops.add(op);
      }
    }
    for (LockOp op : ops) {
      AccessPath p = ownPath(op.ref());
      if (p != null && h.path() != null ? p.equals(h.path()) : classes.own(op.ref(), entrySite).equals(h.cls())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public TransferResult<NoValue, LockState> visitNode(Node n, TransferInput<NoValue, LockState> in) {
    LockState s = in.getRegularStore();
    return new RegularTransferResult<>(null, s, n instanceof ThrowNode ? null : onThrow(n, s));
  }

  /**
   * The stores on the exception paths out of {@code n}: {@code s}, marked as reached only by an
   * unchecked exception where the cause is one (an explicit {@code throw} is never marked).
   */
  Map<TypeMirror, LockState> onThrow(Node n, LockState s) {
    java.util.Set<TypeMirror> causes = exceptionCauses.get(n);
    if (causes == null) {
      return null;
    }
    List<? extends TypeMirror> declared = ExceptionPaths.declared(n);
    if (causes.equals(lastCauses) && s == lastThrowing && declared.equals(lastDeclared)) {
      return lastThrown; // most nodes leave the state as it was: the same stores on the same causes
    }
    Map<TypeMirror, LockState> out = new java.util.HashMap<>();
    for (TypeMirror cause : causes) {
      boolean unchecked = exceptionPaths.implicit(n, cause);
      out.put(cause, unchecked ? s.asUnchecked() : s);
    }
    lastCauses = causes;
    lastDeclared = declared;
    lastThrowing = s;
    lastThrown = out;
    return out;
  }

  private java.util.Set<TypeMirror> lastCauses;
  private List<? extends TypeMirror> lastDeclared;
  private LockState lastThrowing;
  private Map<TypeMirror, LockState> lastThrown;

  private static VariableElement lv(Node n) {
    return ((LocalVariableNode) n).getElement();
  }

  /** A returned lock: callers that lock what this returns get its class. */
  @Override
  public TransferResult<NoValue, LockState> visitReturn(ReturnNode n, TransferInput<NoValue, LockState> in) {
    if (n.getResult() != null && facts.lockKind(n.getResult().getType()) != null) {
      LockClass c = classes.of(n.getResult());
      if (c != null && !c.isParam()) {
        returned.add(c);
      }
    }
    LockState s = ww.returned(n.getResult(), in.getRegularStore());
    return new RegularTransferResult<>(null, s, onThrow(n, s));
  }

  /** {@code if (locked)} on the boolean a try-lock's result was stored in. */
  @Override
  public TransferResult<NoValue, LockState> visitLocalVariable(
      LocalVariableNode n, TransferInput<NoValue, LockState> in) {
    TransferResult<NoValue, LockState> split = n.getType().getKind() == TypeKind.BOOLEAN
        ? guardTest(n, true, in.getRegularStore()) : null;
    return split != null ? split : visitNode(n, in);
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
    MethodFacts f = facts.method(callee);
    pins.called(n, f, receiver, n.getArguments(), pos);
    escapes.called(n, f, receiver, n.getArguments());
    if (receiver != null && facts.isContainer(receiver.getType())) {
      for (Node a : n.getArguments()) {
        AccessPath p = AccessPath.of(a);
        if (p != null && before.held().stream().anyMatch(h -> p.equals(h.path()))) {
          handedOver.add(p); // objects.add(obj): the container's owner holds it now (drm_exec)
        }
      }
    }
    Acquisitions acq = acquisitions(n, f, receiver, n.getArguments(), n.getTree(), pos, callee.getReturnType());
    calls.put(n, new CallSite(callee, receiverType(receiver), param < 0 && isVirtual(callee, receiver), pos,
        before.held(), before.must(), acq.all(), acq.during(), bindings(receiver, n.getArguments()),
        callbacks(callee, n.getArguments()), resourceClose, before.entered()));
    String name = callee.getSimpleName().toString();
    if (n.getArguments().isEmpty() && (name.equals("isPresent") || name.equals("isEmpty"))) {
      TransferResult<NoValue, LockState> split = guardTest(receiver, name.equals("isPresent"), before);
      if (split != null) {
        // an Optional guard of a try-lock
        return new ConditionalTransferResult<>(null, split.getThenStore(), split.getElseStore(), onThrow(n, before));
      }
    }
    return refs(n, f, receiver, n.getArguments(), pos, before, unplug(n, f, before, pos,
        wwEffects(n, f, acq, receiver, n.getArguments(), pos, before,
            effects(n, f, acq, receiver, n.getArguments(), pos, before))));
  }

  /**
   * Counted references given up here ({@code @DecRef}): released again is RefDoubleRelease, used
   * afterwards (a call on it, passed on) is RefUseAfterRelease, on some path.
   */
  private TransferResult<NoValue, LockState> refs(Node n, MethodFacts f, Node receiver, List<Node> args,
      Position pos, LockState before, TransferResult<NoValue, LockState> r) {
    refEvents.remove(n);
    AccessPath p = receiver == null || receiver instanceof ClassNameNode ? null : original(AccessPath.of(receiver));
    boolean released = p != null && before.released().contains(p);
    String callee = Facts.display(f.method());
    if (f.decRef() && p != null) {
      Position at = n.getInSource() ? pos : resourcePosition(receiver, n.getTree());
      if (released) {
        refEvents.put(n, new LifetimeEvent(LifetimeEvent.Kind.DOUBLE_RELEASE, null, at, p.toString(), callee));
      }
      return mapStores(r, st -> st.withReleased(p, true));
    }
    if (released) {
      refEvents.put(n, new LifetimeEvent(LifetimeEvent.Kind.USE_AFTER_RELEASE, null, pos, p.toString(),
          callee + "() called on it"));
      return r;
    }
    for (Node a : args) {
      AccessPath ap = original(AccessPath.of(a));
      if (ap != null && before.released().contains(ap)) {
        refEvents.put(n, new LifetimeEvent(LifetimeEvent.Kind.USE_AFTER_RELEASE, null, positions.apply(a.getTree()),
            ap.toString(), "passed to " + callee));
        break;
      }
    }
    return r;
  }

  /** The path named by the local a copy was taken from ({@code b = a}: b's paths are a's). */
  private AccessPath original(AccessPath p) {
    if (p == null || !(p.root() instanceof javax.lang.model.element.Element root)) {
      return p;
    }
    javax.lang.model.element.Element r = root;
    for (int i = 0; i < 8 && copies.containsKey(r); i++) {
      r = copies.get(r);
    }
    return r == root ? p : new AccessPath(r, p.fields());
  }

  /** The same result with every normal store (regular, or then and else) mapped by {@code f}. */
  static TransferResult<NoValue, LockState> mapStores(TransferResult<NoValue, LockState> r,
      java.util.function.UnaryOperator<LockState> f) {
    return r.containsTwoStores()
        ? new ConditionalTransferResult<>(null, f.apply(r.getThenStore()), f.apply(r.getElseStore()),
            r.getExceptionalStores())
        : new RegularTransferResult<>(null, f.apply(r.getRegularStore()), r.getExceptionalStores());
  }

  /**
   * In a remove() ({@code @RemoveCallback}): the {@code @Unplug} call, and every effect made
   * before it on some path (calls, field and array stores). What the unplug call evaluates to
   * get at the device (a getter) is part of it, not an effect before it.
   */
  private TransferResult<NoValue, LockState> unplug(Node n, MethodFacts f, LockState before, Position pos,
      TransferResult<NoValue, LockState> r) {
    if (f.binding() == MethodFacts.Binding.ENTERS_BOUND) {
      // drm_dev_enter(): what follows runs with the device held bound (a failed enter returns at once)
      r = mapStores(r, LockState::asEntered);
    }
    if (self == null || !self.removeCallback()) {
      return r;
    }
    if (!f.unplug()) {
      if (!before.unplugged() && n.getInSource()) { // not a try-with-resources close: its acquisition came first
        beforeUnplug.put(n, pos);
        effects.put(pos, "calls " + Facts.display(f.method()));
      }
      return r;
    }
    beforeUnplug.values().removeIf(p -> p.start() >= pos.start() && p.end() <= pos.end());
    return mapStores(r, LockState::asUnplugged);
  }

  /** The ww protocol's part of a call, applied to every store the lock effects produced. */
  private TransferResult<NoValue, LockState> wwEffects(Node n, MethodFacts f, Acquisitions acq, Node receiver,
      List<Node> args, Position pos, LockState before, TransferResult<NoValue, LockState> r) {
    if (f.wwStep() == null && f.wwCtxParam() < 0) {
      return r;
    }
    HeldLock taken = acq.wwLock();
    return mapStores(r, st -> ww.call(n, f, receiver, args, pos, before, st, taken));
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
    pins.created(n, ctor, pos);
    pins.called(n, facts.method(ctor), null, n.getArguments(), pos);
    escapes.called(n, facts.method(ctor), null, n.getArguments());
    if (facts.isLockClassKey(n.getType())) {
      dynamicKeys.put(n, pos); // until it turns out to initialize a static final field
    }
    MethodFacts f = facts.method(ctor);
    Acquisitions acq = acquisitions(n, f, null, n.getArguments(), n.getTree(), pos, n.getType());
    calls.put(n, new CallSite(ctor, null, false, pos, before.held(), before.must(), acq.all(), acq.during(),
        bindings(null, n.getArguments()), callbacks(ctor, n.getArguments()), false, before.entered()));
    return unplug(n, f, before, pos, wwEffects(n, f, acq, null, n.getArguments(), pos, before,
        effects(n, f, acq, null, n.getArguments(), pos, before)));
  }

  @Override
  public TransferResult<NoValue, LockState> visitAssignment(
      AssignmentNode n, TransferInput<NoValue, LockState> in) {
    LockState s = in.getRegularStore();
    Node expr = n.getExpression();
    pins.assigned(n);
    escapes.assigned(n);
    if (self != null && self.removeCallback() && !s.unplugged()
        && (n.getTarget() instanceof FieldAccessNode || n.getTarget() instanceof ArrayAccessNode)) {
      Position at = positions.apply(n.getTree());
      beforeUnplug.put(n, at);
      effects.put(at, "writes " + n.getTarget());
    }
    if (n.getTarget() instanceof LocalVariableNode lv) {
      if (expr instanceof FunctionalInterfaceNode fn) {
        functionalLocals.put(lv.getElement(), fn.getTree()); // Runnable r = () -> ...; later run in place
      }
      classes.assigned(lv.getElement(), expr);
    }
    if (n.getTarget() instanceof FieldAccessNode fa && expr instanceof ObjectCreationNode oc) {
      VariableElement field = fa.getElement();
      if (field.getModifiers().contains(Modifier.STATIC) && field.getModifiers().contains(Modifier.FINAL)) {
        dynamicKeys.remove(oc); // a key in static storage, as lockdep wants
      }
      LockClass keyed = classes.created(oc, null);
      if (keyed != null) {
        fieldClasses.put(facts.fieldClass(field).key(), keyed);
      }
    }
    if (n.getTarget() instanceof FieldAccessNode fa && facts.lockKind(fa.getType()) != null) {
      Node v = expr;
      while (v instanceof TypeCastNode cast) {
        v = cast.getOperand();
      }
      int param = v instanceof LocalVariableNode lv ? params.indexOf(lv.getElement()) : -1;
      if (param >= 0 && facts.declaredLockClass(lv(v)) == null) {
        fieldParams.put(facts.fieldClass(fa.getElement()).key(), param); // this.lock = lock: the caller's class
      }
    }
    AccessPath target = AccessPath.of(n.getTarget());
    if (target != null && !s.released().isEmpty()) {
      s = s.withReleased(target, false); // a new reference in that place
    }
    s = ww.assign(n, target, expr, s);
    if (n.getTarget() instanceof FieldAccessNode && AccessPath.of(expr) != null) {
      s = ww.escapes(AccessPath.of(expr), s); // a context stored in a field outlives the body
    }
    if (target != null && in.containsTwoStores() && n.getTarget().getType().getKind() == TypeKind.BOOLEAN) {
      // boolean locked = lock.tryLock(): held where 'locked' tests true
      LockState failed = in.getElseStore();
      s = in.getThenStore().map(h -> failed.held().contains(h) ? h : h.withGuard(target).withConditional(true));
      return new RegularTransferResult<>(null, s.leastUpperBound(failed), onThrow(n, in.getRegularStore()));
    }
    Tree value = strip(expr.getTree());
    if (target != null && value != null) {
      s = s.map(h -> h.guard() == value ? h.withGuard(target) : h);
      for (HeldLock h : s.held()) {
        if (target.equals(h.guard())) {
          guards.put(target, h.typeName() + " " + h.lockClass());
        }
      }
    }
    Node inner = expr;
    while (inner instanceof TypeCastNode cast) {
      inner = cast.getOperand();
    }
    if (target != null && inner instanceof MethodInvocationNode mi && mi.getTarget().getReceiver() != null
        && facts.isContainer(mi.getTarget().getReceiver().getType())) {
      AccessPath from = AccessPath.of(mi.getTarget().getReceiver());
      if (from != null) {
        s = s.map(h -> from.equals(h.guard()) ? h.withGuard(target) : h); // Guard x = opt.get();
      }
    }
    return new RegularTransferResult<>(null, s, onThrow(n, in.getRegularStore()));
  }

  @Override
  public TransferResult<NoValue, LockState> visitNotEqual(NotEqualNode n, TransferInput<NoValue, LockState> in) {
    TransferResult<NoValue, LockState> status = status(n.getLeftOperand(), n.getRightOperand(), WwTransfer.Op.NE, in);
    return status != null ? status : nullCheck(n.getLeftOperand(), n.getRightOperand(), true, in);
  }

  @Override
  public TransferResult<NoValue, LockState> visitEqualTo(EqualToNode n, TransferInput<NoValue, LockState> in) {
    TransferResult<NoValue, LockState> status = status(n.getLeftOperand(), n.getRightOperand(), WwTransfer.Op.EQ, in);
    return status != null ? status : nullCheck(n.getLeftOperand(), n.getRightOperand(), false, in);
  }

  @Override
  public TransferResult<NoValue, LockState> visitLessThan(LessThanNode n, TransferInput<NoValue, LockState> in) {
    return statusOrNode(n, n.getLeftOperand(), n.getRightOperand(), WwTransfer.Op.LT, in);
  }

  @Override
  public TransferResult<NoValue, LockState> visitLessThanOrEqual(LessThanOrEqualNode n,
      TransferInput<NoValue, LockState> in) {
    return statusOrNode(n, n.getLeftOperand(), n.getRightOperand(), WwTransfer.Op.LE, in);
  }

  @Override
  public TransferResult<NoValue, LockState> visitGreaterThan(GreaterThanNode n, TransferInput<NoValue, LockState> in) {
    return statusOrNode(n, n.getLeftOperand(), n.getRightOperand(), WwTransfer.Op.GT, in);
  }

  @Override
  public TransferResult<NoValue, LockState> visitGreaterThanOrEqual(GreaterThanOrEqualNode n,
      TransferInput<NoValue, LockState> in) {
    return statusOrNode(n, n.getLeftOperand(), n.getRightOperand(), WwTransfer.Op.GE, in);
  }

  /** {@code case -EDEADLK:} in a switch on a ww status. */
  @Override
  public TransferResult<NoValue, LockState> visitCase(CaseNode n, TransferInput<NoValue, LockState> in) {
    Node selector = n.getSwitchOperand() == null ? null : n.getSwitchOperand().getTarget();
    TransferResult<NoValue, LockState> r = ww.caseTest(selector, n.getCaseOperands(), in.getRegularStore());
    return r != null ? r : visitNode(n, in);
  }

  private TransferResult<NoValue, LockState> status(Node left, Node right, WwTransfer.Op op,
      TransferInput<NoValue, LockState> in) {
    return ww.compare(left, right, op, in.getRegularStore());
  }

  private TransferResult<NoValue, LockState> statusOrNode(Node n, Node left, Node right, WwTransfer.Op op,
      TransferInput<NoValue, LockState> in) {
    TransferResult<NoValue, LockState> r = status(left, right, op, in);
    return r != null ? r : visitNode(n, in);
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
    if (p == null || s.held().stream().noneMatch(h -> p.equals(h.guard()))) {
      return null;
    }
    // The guard is there exactly when its lock is held: also after paths with and without it met.
    List<HeldLock> guarded = s.held().stream().filter(h -> p.equals(h.guard())).toList();
    LockState failed = s.minus(guarded::contains);
    LockState held = failed;
    for (HeldLock h : guarded) {
      held = held.plus(h.tested());
    }
    return present
        ? new ConditionalTransferResult<>(null, held, failed)
        : new ConditionalTransferResult<>(null, failed, held);
  }

  // ---- effects of a call -------------------------------------------------------------------

  /**
   * What a call takes: its {@code @Acquires} (the guard it returns holds them), its
   * {@code @TryAcquires} (held where the result says so), and the scoped locks it holds only
   * while it runs.
   */
  private record Acquisitions(List<HeldLock> acquires, List<HeldLock> tries, boolean boolTry,
      List<HeldLock> during, HeldLock wwLock) {
    List<HeldLock> all() {
      List<HeldLock> out = new ArrayList<>(acquires);
      out.addAll(tries);
      out.addAll(during);
      return List.copyOf(out);
    }
  }

  private Acquisitions acquisitions(Node n, MethodFacts f, Node receiver, List<Node> args, Tree call, Position pos,
      TypeMirror returns) {
    boolean guardReturned = facts.isGuard(returns);
    List<HeldLock> acquires = new ArrayList<>();
    HeldLock wwLock = null;
    LockRef mutex = f.wwStep() != null && f.wwStep().statusLock() ? facts.wwMutex(f.method()) : null;
    if (mutex != null) {
      // held where the status is 0; without a context (or with the status ignored) it is simply held
      boolean conditional = ww.conditionalLock(f, args, n);
      wwLock = held(new LockOp(mutex, false, -1), receiver, args, pos, conditional ? pos : null, conditional, false,
          ww.withoutContext(f, args));
      acquires.add(wwLock);
    }
    boolean plainWw = f.wwStep() != null && ww.withoutContext(f, args);
    List<HeldLock> during = new ArrayList<>();
    for (LockOp op : f.acquires()) {
      if (scoped(f, op)) {
        during.add(held(op, receiver, args, pos, null, false, false));
      } else {
        acquires.add(held(op, receiver, args, pos, guardReturned ? call : null, false, false, plainWw));
      }
    }
    boolean bool = returns.getKind() == TypeKind.BOOLEAN;
    List<HeldLock> tries = new ArrayList<>();
    for (LockOp op : f.tryAcquires()) {
      tries.add(held(op, receiver, args, pos, bool ? null : call, !bool, true, plainWw));
    }
    return new Acquisitions(acquires, tries, bool, during, wwLock);
  }

  private TransferResult<NoValue, LockState> effects(Node n, MethodFacts f, Acquisitions acq, Node receiver,
      List<Node> args, Position pos, LockState before) {
    LockState s = before;
    Map<TypeMirror, LockState> thrown = onThrow(n, s);
    if (f.releases().stream().anyMatch(op -> !scoped(f, op)) || releasesGuard(f, receiver)) {
      s = release(n, f, receiver, args, s);
      // An unlock that throws has still unlocked: the exception paths leave without the lock.
      thrown = onThrow(n, s);
    }
    for (HeldLock h : acq.acquires()) {
      s = s.plus(h);
    }
    if (!acq.tries().isEmpty()) {
      LockState success = s;
      for (HeldLock h : acq.tries()) {
        success = success.plus(h);
      }
      if (acq.boolTry()) {
        return new ConditionalTransferResult<>(null, success, s, thrown);
      }
      s = success;
    }
    return new RegularTransferResult<>(null, s, thrown);
  }

  /** {@code close()} of a guard: it releases what that guard holds. */
  private boolean releasesGuard(MethodFacts f, Node receiver) {
    // close(), or a method that releases the guard itself (@Releases of "this"); a guard method
    // that takes and drops some other lock leaves the guard alone
    return receiver != null && facts.isGuard(receiver.getType())
        && (f.method().getSimpleName().contentEquals("close")
            || facts.annotationStrings(f.method(), Vocabulary.RELEASES).contains("this"));
  }

  private LockState release(Node n, MethodFacts f, Node receiver, List<Node> args, LockState s) {
    if (receiver != null && facts.isGuard(receiver.getType())) {
      Node r = receiver;
      while (r instanceof MethodInvocationNode mi && mi.getTarget().getReceiver() != null
          && facts.isContainer(mi.getTarget().getReceiver().getType())) {
        r = mi.getTarget().getReceiver(); // opt.get().close() closes the guard held in opt
      }
      AccessPath g = AccessPath.of(r);
      Tree gt = strip(r.getTree());
      LockState at = s;
      List<HeldLock> held = at.held().stream()
          .filter(h -> h.guard() != null && (h.guard().equals(g) || h.guard() == gt)).toList();
      badReleases.remove(n);
      if (g != null && guards.containsKey(g) && !guardBody && n.getInSource()
          && (held.isEmpty() || held.stream().anyMatch(h -> h.conditional() || !at.mustHold(h.identity())))) {
        // closing a guard whose lock this body already released (on some path): a double unlock.
        // Not the implicit close of try-with-resources: it skips a null guard, which we cannot see.
        badReleases.put(n, new BodyLocks.BadRelease(positions.apply(n.getTree()),
            guards.get(g) + " (closing guard " + g + ")", held.isEmpty()));
      }
      return s.minus(held::contains);
    }
    badReleases.remove(n);
    for (LockOp op : f.releases()) {
      if (scoped(f, op)) {
        continue;
      }
      AccessPath p = pathOf(op.ref(), receiver, args);
      LockClass cls = classes.forOp(op.ref(), receiver, args, p, positions.apply(n.getTree()));
      List<HeldLock> matches = new ArrayList<>();
      for (HeldLock h : s.held()) {
        if (p != null && p.equals(h.path())) {
          matches.add(h);
        }
      }
      if (matches.isEmpty()) {
        // No stable path (e.g. a lock reached through a call): release the newest of its class.
        for (HeldLock h : s.held()) {
          if (h.cls().equals(cls)) {
            matches = List.of(h);
          }
        }
      }
      LockState now = s;
      // A lock with no stable path (list.get(i).unlock()) cannot be told apart from the ones held.
      if (!guardBody && n.getInSource() && p != null && !classes.opaque(p)
          && (matches.isEmpty() || matches.stream().noneMatch(h -> now.mustHold(h.identity())))) {
        String what = Facts.simpleName(op.ref().type()) + " " + (p != null ? p.toString() : cls.name());
        badReleases.put(n, new BodyLocks.BadRelease(positions.apply(n.getTree()), what, matches.isEmpty()));
      }
      List<HeldLock> gone = matches;
      s = s.minus(gone::contains);
    }
    return s;
  }

  /** A lock the callee both acquires and releases: held only while the call runs. */
  private static boolean scoped(MethodFacts f, LockOp op) {
    List<LockOp> other = f.acquires().contains(op) ? f.releases() : f.acquires();
    return other.stream().anyMatch(o -> o.ref().expr().equals(op.ref().expr()));
  }

  private HeldLock held(LockOp op, Node receiver, List<Node> args, Position pos, Object guard,
      boolean conditional, boolean trylock) {
    return held(op, receiver, args, pos, guard, conditional, trylock, false);
  }

  private HeldLock held(LockOp op, Node receiver, List<Node> args, Position pos, Object guard,
      boolean conditional, boolean trylock, boolean noContext) {
    AccessPath p = pathOf(op.ref(), receiver, args);
    return new HeldLock(p, classes.forOp(op.ref(), receiver, args, p, pos),
        LockClasses.subclass(op.subclassParam(), args), Facts.simpleName(op.ref().type()), op.ref().kind(),
        op.irqsOff(), trylock, false, pos, guard, conditional, noContext);
  }

  private CallSite.Bindings bindings(Node receiver, List<Node> args) {
    List<LockClass> argClasses = new ArrayList<>(args.size());
    List<AccessPath> argPaths = new ArrayList<>(args.size());
    for (Node a : args) {
      argClasses.add(classes.of(a));
      argPaths.add(AccessPath.of(a));
    }
    LockClass rc = receiver == null || receiver instanceof ClassNameNode ? null : classes.of(receiver);
    AccessPath rp = receiver == null ? null : AccessPath.of(receiver);
    return new CallSite.Bindings(rc, rp, java.util.Collections.unmodifiableList(argClasses),
        java.util.Collections.unmodifiableList(argPaths));
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
