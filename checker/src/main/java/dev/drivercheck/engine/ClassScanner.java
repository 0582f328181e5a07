package dev.drivercheck.engine;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import dev.drivercheck.facts.Facts;
import dev.drivercheck.flow.Unit;
import dev.drivercheck.flow.UnitBuilder;
import dev.drivercheck.report.Finding;
import dev.drivercheck.report.Position;
import dev.drivercheck.report.Severity;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import org.checkerframework.errorprone.dataflow.cfg.UnderlyingAST;

/**
 * Walks one top-level class while its trees are intact: every method, constructor, lambda and
 * initializer becomes a {@link Unit}; every annotated declaration a {@link Declaration}. A crash
 * inside one body becomes one finding naming it, unless the options make it fatal.
 */
final class ClassScanner extends TreePathScanner<Void, Void> {
  private static final String VOCAB = "dev.drivercheck.annotations.";

  private final Program program;
  private final UnitBuilder builder;
  private final Trees trees;
  private final Types types;
  private final boolean failOnInternalError;
  private final Deque<ClassTree> classes = new ArrayDeque<>();
  private final Deque<TypeElement> classElements = new ArrayDeque<>();
  private final Deque<MethodTree> methods = new ArrayDeque<>();
  private final Deque<Object> units = new ArrayDeque<>();

  ClassScanner(Program program, Facts facts, ProcessingEnvironment env, Trees trees, Types types,
      CompilationUnitTree cu, boolean failOnInternalError) {
    this.program = program;
    this.builder = new UnitBuilder(facts, env, trees, cu);
    this.trees = trees;
    this.types = types;
    this.failOnInternalError = failOnInternalError;
  }

  @Override
  public Void visitClass(ClassTree tree, Void v) {
    Element e = trees.getElement(getCurrentPath());
    declaration(e, tree.getModifiers(), tree);
    classes.push(tree);
    classElements.push((TypeElement) e);
    try {
      for (Tree member : tree.getMembers()) {
        if (member instanceof VariableTree var) {
          declaration(((JCTree.JCVariableDecl) var).sym, var.getModifiers(), var, true);
        }
        if (member instanceof VariableTree var && var.getInitializer() != null) {
          initializer(member, e, var.getModifiers().getFlags().contains(javax.lang.model.element.Modifier.STATIC));
        } else if (member instanceof BlockTree block) {
          initializer(member, e, block.isStatic());
        }
      }
      return super.visitClass(tree, v);
    } finally {
      classes.pop();
      classElements.pop();
    }
  }

  @Override
  public Void visitMethod(MethodTree tree, Void v) {
    ExecutableElement m = (ExecutableElement) trees.getElement(getCurrentPath());
    declaration(m, tree.getModifiers(), tree);
    for (VariableTree p : tree.getParameters()) {
      declaration(((JCTree.JCVariableDecl) p).sym, p.getModifiers(), p);
    }
    if (tree.getBody() == null || m == null) {
      return null;
    }
    TypeElement owner = (TypeElement) m.getEnclosingElement();
    guarded(m, () -> {
      List<Object> implicit = m.getKind() == ElementKind.CONSTRUCTOR && !callsThis(tree)
          ? List.of(new Unit.InitKey(owner, false)) : List.of();
      Unit u = builder.build(Unit.Kind.METHOD, m, m, null, owner, null, Facts.display(m), tree,
          new TreePath(getCurrentPath(), tree.getBody()), new UnderlyingAST.CFGMethod(tree, classes.peek()),
          m.getParameters(), suppressions(getCurrentPath()));
      program.add(withImplicit(u, implicit));
    });
    methods.push(tree);
    units.push(m);
    try {
      return super.visitMethod(tree, v);
    } finally {
      units.pop();
      methods.pop();
    }
  }

  @Override
  public Void visitLambdaExpression(LambdaExpressionTree tree, Void v) {
    JCTree.JCLambda jc = (JCTree.JCLambda) tree;
    ExecutableElement implemented = implemented(jc);
    TypeElement owner = classElements.peek();
    Object enclosing = units.peek();
    Position pos = builder.position(tree);
    String display = "lambda at " + pos.shortText();
    List<VariableElement> params = tree.getParameters().stream()
        .map(p -> (VariableElement) ((JCTree.JCVariableDecl) p).sym).toList();
    guarded(tree, () -> program.add(builder.build(Unit.Kind.LAMBDA, tree, null, implemented, owner,
        enclosing, display, tree, new TreePath(getCurrentPath(), tree.getBody()),
        new UnderlyingAST.CFGLambda(tree, classes.peek(), methods.peek()), params,
        suppressions(getCurrentPath()))));
    units.push(tree);
    try {
      return super.visitLambdaExpression(tree, v);
    } finally {
      units.pop();
    }
  }

  /** The functional interface method a lambda implements; null when its type did not resolve. */
  private ExecutableElement implemented(JCTree.JCLambda jc) {
    if (jc.type == null || jc.type.tsym == null || jc.type.isErroneous()) {
      return null;
    }
    try {
      Symbol descriptor = types.findDescriptorSymbol(jc.type.tsym);
      return descriptor instanceof ExecutableElement ee ? ee : null;
    } catch (RuntimeException e) {
      return null; // javac reports what is wrong with the lambda's type
    }
  }

  private void initializer(Tree member, Element owner, boolean isStatic) {
    TypeElement type = (TypeElement) owner;
    Unit.InitKey key = new Unit.InitKey(type, isStatic);
    TreePath path = new TreePath(getCurrentPath(), member);
    guarded(member, () -> program.add(builder.build(
        isStatic ? Unit.Kind.STATIC_INIT : Unit.Kind.INSTANCE_INIT, key, null, null, type, null,
        type.getSimpleName() + (isStatic ? ".<clinit>" : ".<init>"), member, path,
        new UnderlyingAST.CFGStatement(member, classes.peek()), List.of(), suppressions(path))));
  }

  /** Runs one body's analysis; an analyzer crash there becomes a finding naming the body. */
  private void guarded(Object what, Runnable body) {
    try {
      body.run();
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      if (failOnInternalError) {
        throw e;
      }
      Tree t = what instanceof Tree tr ? tr : trees.getTree((Element) what);
      Position pos = builder.position(t != null ? t : getCurrentPath().getLeaf());
      String name = what instanceof ExecutableElement m ? Facts.display(m) : "the code at " + pos.shortText();
      program.add(new Finding("InternalError", Severity.WARNING, pos,
          "DriverCheck internal error while analyzing " + name + ": " + e
              + "; this body was skipped (please report it)", List.of(), Set.of()));
    }
  }

  private static Unit withImplicit(Unit u, List<Object> implicit) {
    return implicit.isEmpty() ? u : u.withImplicitCalls(implicit);
  }

  private static boolean callsThis(MethodTree ctor) {
    List<? extends StatementTree> stats = ctor.getBody().getStatements();
    return !stats.isEmpty() && stats.get(0) instanceof ExpressionStatementTree es
        && es.getExpression() instanceof MethodInvocationTree mi
        && TreeInfo.name(((JCTree.JCMethodInvocation) mi).meth).contentEquals("this");
  }

  private void declaration(Element e, ModifiersTree mods, Tree decl) {
    declaration(e, mods, decl, false);
  }

  /**
   * Records where each DriverCheck annotation is written on a declaration.
   *
   * @param always record it even without DriverCheck annotations (fields: lifetime rules read their types)
   */
  private void declaration(Element e, ModifiersTree mods, Tree decl, boolean always) {
    if (e == null || mods == null) {
      return;
    }
    Map<String, Position> annos = new LinkedHashMap<>();
    for (AnnotationTree a : mods.getAnnotations()) {
      Element type = trees.getElement(new TreePath(getCurrentPath(), a.getAnnotationType()));
      if (type instanceof TypeElement te && te.getQualifiedName().toString().startsWith(VOCAB)) {
        annos.putIfAbsent(te.getQualifiedName().toString(), builder.position(a));
      }
    }
    if (!annos.isEmpty() || always) {
      TreePath at = getCurrentPath().getLeaf() == decl ? getCurrentPath() : new TreePath(getCurrentPath(), decl);
      program.add(new Declaration(e, builder.position(decl), annos, suppressions(at)));
    }
  }

  /** {@code @SuppressWarnings} values on the declarations enclosing {@code path}. */
  private Set<String> suppressions(TreePath path) {
    Set<String> out = new LinkedHashSet<>();
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      Tree leaf = p.getLeaf();
      if (leaf instanceof ClassTree || leaf instanceof MethodTree || leaf instanceof VariableTree) {
        Element e = trees.getElement(p);
        SuppressWarnings sw = e == null ? null : e.getAnnotation(SuppressWarnings.class);
        if (sw != null) {
          out.addAll(List.of(sw.value()));
        }
      }
    }
    return Set.copyOf(out);
  }
}
