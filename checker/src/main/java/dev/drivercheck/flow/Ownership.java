package dev.drivercheck.flow;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import dev.drivercheck.facts.Facts;
import dev.drivercheck.facts.Vocabulary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Who owns a counted reference that crosses a call, with the Resource Leak Checker's defaults
 * (VOCABULARY.md): results are owned, parameters borrowed, unless {@code @Owned}/{@code @Borrowed}
 * says otherwise on the method or a method it overrides. Two inferences keep plain Java quiet: a
 * generic method returning its type variable (a collection's {@code get}) hands out what it
 * stores, and a getter whose every return is a field or another loan lends it.
 */
final class Ownership {
  /** Whether a call's counted result is the caller's to release. */
  enum Result { OWNED, LOAN, NONE }

  private final Facts facts;
  private final Trees trees;
  private final Map<ExecutableElement, Result> results = new HashMap<>();

  Ownership(Facts facts, Trees trees) {
    this.facts = facts;
    this.trees = trees;
  }

  boolean counted(TypeMirror t) {
    return t != null && t.getKind() == TypeKind.DECLARED && facts.isRefcounted(t);
  }

  /** Does parameter {@code i} of {@code m} take over the caller's reference? */
  boolean ownedParam(ExecutableElement m, int i) {
    List<? extends javax.lang.model.element.VariableElement> ps = m.getParameters();
    if (ps.isEmpty()) {
      return false;
    }
    int p = Math.min(i, ps.size() - 1);
    if (Facts.has(ps.get(p), Vocabulary.OWNED)) {
      return true;
    }
    for (ExecutableElement o : facts.overriddenMethods(m)) {
      if (p < o.getParameters().size() && Facts.has(o.getParameters().get(p), Vocabulary.OWNED)) {
        return true;
      }
    }
    return false;
  }

  /** What a call of {@code m} (a constructor: a {@code new}) returns, for a result of type {@code type}. */
  Result result(ExecutableElement m, TypeMirror type) {
    if (!counted(type)) {
      return Result.NONE;
    }
    if (m.getKind() == ElementKind.CONSTRUCTOR) {
      return Result.OWNED;
    }
    Result r = results.get(m);
    if (r == null) {
      results.put(m, Result.OWNED); // a getter returning itself recursively: the default
      r = decide(m);
      results.put(m, r);
    }
    return r;
  }

  private Result decide(ExecutableElement m) {
    if (declared(m, Vocabulary.OWNED)) {
      return Result.OWNED;
    }
    if (declared(m, Vocabulary.BORROWED)) {
      return Result.LOAN;
    }
    if (m.getReturnType().getKind() == TypeKind.TYPEVAR) {
      return Result.NONE; // a container hands out what it holds: not a new reference
    }
    return returnsOnlyLoans(m) ? Result.LOAN : Result.OWNED;
  }

  private boolean declared(ExecutableElement m, String annotation) {
    if (Facts.has(m, annotation)) {
      return true;
    }
    for (ExecutableElement o : facts.overriddenMethods(m)) {
      if (Facts.has(o, annotation)) {
        return true;
      }
    }
    return false;
  }

  /** A body whose every {@code return} hands out a field, a borrowed parameter or another loan. */
  private boolean returnsOnlyLoans(ExecutableElement m) {
    Tree t = trees.getTree(m);
    if (!(t instanceof MethodTree mt) || mt.getBody() == null) {
      return false;
    }
    boolean[] seen = {false, true};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitReturn(ReturnTree r, Void v) {
        ExpressionTree e = r.getExpression();
        if (e != null && e.getKind() != Tree.Kind.NULL_LITERAL) {
          seen[0] = true; // `return null` says nothing: an interface's default body, a miss
          seen[1] &= loan(e);
        }
        return null;
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree l, Void v) {
        return null;
      }

      @Override
      public Void visitClass(ClassTree c, Void v) {
        return null;
      }
    }.scan(mt.getBody(), null);
    return seen[0] && seen[1];
  }

  private boolean loan(ExpressionTree e) {
    while (e instanceof ParenthesizedTree || e instanceof TypeCastTree) {
      e = e instanceof ParenthesizedTree p ? p.getExpression() : ((TypeCastTree) e).getExpression();
    }
    if (e.getKind() == Tree.Kind.NULL_LITERAL) {
      return true;
    }
    if (e instanceof ConditionalExpressionTree c) {
      return loan(c.getTrueExpression()) && loan(c.getFalseExpression());
    }
    Element s = TreeInfo.symbol((JCTree) e);
    if (s == null) {
      return false;
    }
    if (s.getKind() == ElementKind.FIELD) {
      return true;
    }
    if (s.getKind() == ElementKind.PARAMETER) {
      return !Facts.has(s, Vocabulary.OWNED);
    }
    return e.getKind() == Tree.Kind.METHOD_INVOCATION && s instanceof ExecutableElement callee
        && result(callee, ((JCTree) e).type) == Result.LOAN;
  }
}
