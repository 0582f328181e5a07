package dev.drivercheck.flow;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.drivercheck.facts.Facts;
import dev.drivercheck.report.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import org.checkerframework.errorprone.dataflow.analysis.ForwardAnalysisImpl;
import org.checkerframework.errorprone.dataflow.analysis.RegularTransferResult;
import org.checkerframework.errorprone.dataflow.analysis.TransferInput;
import org.checkerframework.errorprone.dataflow.analysis.TransferResult;
import org.checkerframework.errorprone.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.errorprone.dataflow.cfg.UnderlyingAST;
import org.checkerframework.errorprone.dataflow.cfg.block.Block;
import org.checkerframework.errorprone.dataflow.cfg.block.ExceptionBlock;
import org.checkerframework.errorprone.dataflow.cfg.builder.CFGBuilder;
import org.checkerframework.errorprone.dataflow.cfg.node.Node;
import javax.lang.model.type.TypeMirror;

/**
 * Runs the flow analysis over one body (the CFG comes from the Checker Framework's builder, which
 * gives exceptions, finally blocks and try-with-resources closes their real paths) and keeps the
 * result as a {@link Unit}.
 */
public final class UnitBuilder {
  private final Facts facts;
  private final ProcessingEnvironment env;
  private final Trees trees;
  private final CompilationUnitTree cu;
  private final Function<Tree, Position> positions;
  private final Ownership ownership;

  public UnitBuilder(Facts facts, ProcessingEnvironment env, Trees trees, CompilationUnitTree cu) {
    this.facts = facts;
    this.env = env;
    this.trees = trees;
    this.cu = cu;
    var sp = trees.getSourcePositions();
    this.positions = t -> Position.of(cu, t, sp);
    this.ownership = new Ownership(facts, trees);
  }

  public Position position(Tree t) {
    return positions.apply(t);
  }

  /**
   * Analyzes a body.
   *
   * @param code the path of the body (a method's block, a lambda, an initializer)
   * @param ast what the body belongs to
   * @param params the body's parameters, to spot callbacks it runs in place
   */
  public Unit build(Unit.Kind kind, Object key, ExecutableElement method, ExecutableElement implemented,
      TypeElement owner, Object enclosing, String display, Tree declaration, TreePath code,
      UnderlyingAST ast, List<? extends VariableElement> params, Set<String> suppressions) {
    ControlFlowGraph cfg = ast.getKind() == UnderlyingAST.Kind.ARBITRARY_CODE
        ? CFGBuilder.build(cu, ast, false, false, env)
        : CFGBuilder.build(code, ast, false, false, env);
    Position at = position(declaration);
    List<Block> blocks = List.copyOf(cfg.getAllBlocks());
    Map<Node, Set<TypeMirror>> causes = exceptionCauses(blocks);
    Set<Tree> discarded = discarded(code);
    ContextTransfer transfer = new ContextTransfer(facts, method, owner, params, display, positions, at,
        resources(code), causes, discarded, copies(code));
    ForwardAnalysisImpl<NoValue, LockState, ContextTransfer> analysis = new ForwardAnalysisImpl<>(transfer) {
      @Override
      protected TransferResult<NoValue, LockState> callTransferFunction(Node node,
          TransferInput<NoValue, LockState> input) {
        if (node.isLValue()) {
          // The framework skips assignment targets, but `a[i] = v` may throw too: those paths are
          // implicit unchecked exceptions like any other.
          LockState s = input.getRegularStore();
          return new RegularTransferResult<>(null, s, transfer.onThrow(node, s));
        }
        return super.callTransferFunction(node, input);
      }
    };
    analysis.performAnalysis(cfg);
    List<CallSite> calls = new ArrayList<>(transfer.calls.values());
    calls.sort(Comparator.comparing(CallSite::position));
    List<LifetimeEvent> lifetimes = new ArrayList<>(lifetimes(transfer, analysis, at, code, owner));
    Set<VariableElement> released = Set.of();
    if (countsReferences(blocks, params)) {
      RefTransfer refs = new RefTransfer(facts, ownership, params, paramPositions(declaration, params.size(), at),
          positions, causes, discarded);
      ForwardAnalysisImpl<NoValue, RefState, RefTransfer> owned = new ForwardAnalysisImpl<>(refs) {
        @Override
        protected TransferResult<NoValue, RefState> callTransferFunction(Node node,
            TransferInput<NoValue, RefState> input) {
          if (node.isLValue()) { // as above: an assignment target's implicit exception
            RefState s = input.getRegularStore();
            return new RegularTransferResult<>(null, s, refs.onThrow(node, s));
          }
          return super.callTransferFunction(node, input);
        }
      };
      owned.performAnalysis(cfg);
      lifetimes.addAll(refs.events.values());
      refs.capturedLeaks.values().forEach(m -> lifetimes.addAll(m.values()));
      lifetimes.addAll(leaks(owned.getRegularExitStore(), false));
      lifetimes.addAll(leaks(owned.getExceptionalExitStore(), true));
      released = Set.copyOf(refs.releasedFields);
    }
    lifetimes.sort(Comparator.comparing(LifetimeEvent::at));
    return new Unit(key, kind, method, implemented, owner, enclosing, display, at,
        List.copyOf(calls), List.copyOf(transfer.paramCalls.values()), List.of(), locks(transfer, analysis),
        transfer.pins.events(), List.copyOf(lifetimes), released, suppressions);
  }

  /** Only bodies that touch counted references need the ownership flow. */
  private boolean countsReferences(List<Block> blocks, List<? extends VariableElement> params) {
    for (VariableElement p : params) {
      if (ownership.counted(p.asType())) {
        return true;
      }
    }
    for (Block b : blocks) {
      for (Node n : b.getNodes()) {
        if ((n instanceof org.checkerframework.errorprone.dataflow.cfg.node.MethodInvocationNode
            || n instanceof org.checkerframework.errorprone.dataflow.cfg.node.ObjectCreationNode
            || n instanceof org.checkerframework.errorprone.dataflow.cfg.node.LocalVariableNode
            || n instanceof org.checkerframework.errorprone.dataflow.cfg.node.FieldAccessNode)
            && ownership.counted(n.getType())) {
          return true;
        }
      }
    }
    return false;
  }


  private List<Position> paramPositions(Tree declaration, int count, Position fallback) {
    List<? extends VariableTree> ps = declaration instanceof com.sun.source.tree.MethodTree m ? m.getParameters()
        : declaration instanceof LambdaExpressionTree l ? l.getParameters() : List.of();
    List<Position> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(i < ps.size() ? position(ps.get(i)) : fallback);
    }
    return out;
  }

  /** Owned references still held when the body is left: normally, or by a checked or explicit throw. */
  private static List<LifetimeEvent> leaks(RefState exit, boolean thrown) {
    List<LifetimeEvent> out = new ArrayList<>();
    if (exit == null) {
      return out;
    }
    exit.owned().forEach((r, h) -> {
      if (!thrown || h.leakable()) {
        String how = thrown ? "on the exception path" + (h.exit() == null ? "" : " from line " + h.exit().line())
            : "when the body returns" + (h.exit() == null ? " at its end" : " at line " + h.exit().line());
        out.add(new LifetimeEvent(LifetimeEvent.Kind.REF_LEAK, null, r.at(), r.what(), "still owned " + how));
      }
    });
    return out;
  }

  /** Locks still held when the body is left, and the other lock facts the transfer collected. */
  private static BodyLocks locks(ContextTransfer transfer,
      ForwardAnalysisImpl<NoValue, LockState, ContextTransfer> analysis) {
    Set<HeldLock> out = new LinkedHashSet<>();
    LockState normal = analysis.getRegularExitStore();
    LockState thrown = analysis.getExceptionalExitStore();
    // A method that returns holding a lock by contract (@Acquires) hands it over only when it
    // returns: leaving by an exception, it still has to drop it.
    for (HeldLock h : normal == null ? List.<HeldLock>of() : normal.held()) {
      if (!h.entry() && !transfer.declaresAcquired(h) && !handedOver(transfer, h)) {
        out.add(h);
      }
    }
    for (HeldLock h : thrown == null ? Set.<HeldLock>of() : thrown.leakable()) {
      if (!h.entry() && !handedOver(transfer, h)) {
        out.add(h);
      }
    }
    List<HeldLock> leaked = new ArrayList<>(out);
    leaked.sort(Comparator.comparing(HeldLock::site));
    List<BodyLocks.BadRelease> bad = new ArrayList<>(transfer.badReleases.values());
    bad.sort(Comparator.comparing(BodyLocks.BadRelease::position));
    List<Position> keys = new ArrayList<>(transfer.dynamicKeys.values());
    keys.sort(null);
    List<WwEvent> ww = new ArrayList<>();
    for (List<WwEvent> e : transfer.ww.events.values()) {
      ww.addAll(e);
    }
    ww.addAll(transfer.ww.atExit(normal));
    ww.sort(Comparator.comparing(WwEvent::at).thenComparing(e -> String.valueOf(e.message())));
    return new BodyLocks(List.copyOf(leaked), List.copyOf(bad), List.copyOf(keys), Map.copyOf(transfer.fieldClasses),
        Map.copyOf(transfer.fieldParams), List.copyOf(transfer.returned), List.copyOf(ww), transfer.ww.propagates);
  }

  private static boolean handedOver(ContextTransfer transfer, HeldLock h) {
    return h.path() != null && transfer.handedOver.contains(h.path());
  }

  /**
   * The exceptions each node may throw. A node can sit in several exception blocks (an array
   * access: one for the index, one for null), so this is collected over all of them.
   */
  private static Map<Node, Set<TypeMirror>> exceptionCauses(List<Block> blocks) {
    Map<Node, Set<TypeMirror>> out = new java.util.IdentityHashMap<>();
    for (Block b : blocks) {
      if (b instanceof ExceptionBlock eb) {
        out.computeIfAbsent(eb.getNode(), k -> new LinkedHashSet<>()).addAll(eb.getExceptionalSuccessors().keySet());
      }
    }
    return out;
  }

  /** Escapes, and for a remove(): its first effect before the unplug, or that it never unplugs. */
  private static List<LifetimeEvent> lifetimes(ContextTransfer transfer,
      ForwardAnalysisImpl<NoValue, LockState, ContextTransfer> analysis, Position at, TreePath code,
      TypeElement owner) {
    List<LifetimeEvent> out = new ArrayList<>(transfer.escapes.events());
    out.addAll(transfer.refEvents.values());
    Position first = transfer.beforeUnplug.values().stream().min(Comparator.naturalOrder()).orElse(null);
    LockState exit = analysis.getRegularExitStore();
    if (first != null) {
      out.add(new LifetimeEvent(LifetimeEvent.Kind.BEFORE_UNPLUG, null, first, transfer.effects.get(first), null));
    } else if (transfer.removeCallback() && exit != null && !exit.unplugged() && !emptyDefault(code, owner)) {
      out.add(new LifetimeEvent(LifetimeEvent.Kind.NEVER_UNPLUGS, null, at, null, null));
    }
    return List.copyOf(out);
  }

  /**
   * An interface's empty default remove(): the slot a driver overrides, where a driver that lets
   * devres unplug its DRM device needs no code at all.
   */
  private static boolean emptyDefault(TreePath code, TypeElement owner) {
    return owner != null && owner.getKind() == javax.lang.model.element.ElementKind.INTERFACE
        && code.getLeaf() instanceof com.sun.source.tree.BlockTree b && b.getStatements().isEmpty();
  }

  /** Calls whose value is thrown away: expression statements (a ww status nobody looks at). */
  private static Set<Tree> discarded(TreePath code) {
    Set<Tree> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitExpressionStatement(com.sun.source.tree.ExpressionStatementTree t, Void v) {
        Tree e = t.getExpression();
        while (e instanceof com.sun.source.tree.ParenthesizedTree p) {
          e = p.getExpression();
        }
        out.add(e);
        return super.visitExpressionStatement(t, v);
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree t, Void v) {
        return code.getLeaf() == t ? super.visitLambdaExpression(t, v) : null;
      }
    }.scan(code, null);
    return out;
  }

  /**
   * Locals that only ever hold a copy of another local or parameter ({@code Arc<Ctx> b = a;}, neither
   * assigned again): one reference under two names, so putting one puts the other.
   */
  private static Map<Element, Element> copies(TreePath code) {
    Map<Element, Element> out = new HashMap<>();
    Set<Element> assigned = new java.util.HashSet<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree t, Void v) {
        Element b = ((com.sun.tools.javac.tree.JCTree.JCVariableDecl) t).sym;
        if (t.getInitializer() instanceof IdentifierTree id) {
          Element a = com.sun.tools.javac.tree.TreeInfo.symbol((com.sun.tools.javac.tree.JCTree) id);
          if (a != null && (a.getKind() == javax.lang.model.element.ElementKind.LOCAL_VARIABLE
              || a.getKind() == javax.lang.model.element.ElementKind.PARAMETER)) {
            out.put(b, a);
          }
        }
        return super.visitVariable(t, v);
      }

      @Override
      public Void visitAssignment(com.sun.source.tree.AssignmentTree t, Void v) {
        assigned.add(com.sun.tools.javac.tree.TreeInfo.symbol((com.sun.tools.javac.tree.JCTree) t.getVariable()));
        return super.visitAssignment(t, v);
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree t, Void v) {
        return code.getLeaf() == t ? super.visitLambdaExpression(t, v) : null;
      }
    }.scan(code, null);
    out.entrySet().removeIf(e -> assigned.contains(e.getKey()) || assigned.contains(e.getValue()));
    return out;
  }

  /** Resource variables of try-with-resources statements, to place their implicit close(). */
  private Map<VariableElement, Tree> resources(TreePath code) {
    Map<VariableElement, Tree> out = new HashMap<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitTry(TryTree t, Void v) {
        for (Tree r : t.getResources()) {
          Element e = r instanceof VariableTree || r instanceof IdentifierTree
              ? trees.getElement(new TreePath(getCurrentPath(), r)) : null;
          if (e instanceof VariableElement ve) {
            out.put(ve, r);
          }
        }
        return super.visitTry(t, v);
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree t, Void v) {
        return code.getLeaf() == t ? super.visitLambdaExpression(t, v) : null; // its own unit
      }
    }.scan(code, null);
    return out;
  }
}
