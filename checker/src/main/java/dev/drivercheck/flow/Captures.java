package dev.drivercheck.flow;

import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * What a lambda or method reference captures from the body it is written in: the outer locals and
 * parameters it names, in order of first use, and whether it uses the enclosing instance.
 */
record Captures(List<VariableElement> locals, boolean usesThis) {

  /** @param owner the class of the enclosing body: its instance fields and methods capture {@code this} */
  static Captures of(Tree lambda, TypeElement owner) {
    Set<Symbol> inside = new HashSet<>();
    List<VariableElement> used = new ArrayList<>();
    boolean[] usesThis = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree v, Void p) {
        inside.add(((JCTree.JCVariableDecl) v).sym);
        return super.visitVariable(v, p);
      }

      @Override
      public Void visitIdentifier(IdentifierTree id, Void p) {
        Symbol s = TreeInfo.symbol((JCTree) id);
        if (s instanceof Symbol.VarSymbol v && (v.getKind() == ElementKind.LOCAL_VARIABLE
            || v.getKind() == ElementKind.PARAMETER || v.getKind() == ElementKind.RESOURCE_VARIABLE)) {
          if (!used.contains(v)) {
            used.add(v);
          }
        } else if (s != null && (s.getSimpleName().contentEquals("this")
            || ((s.getKind() == ElementKind.FIELD || s.getKind() == ElementKind.METHOD)
                && !s.getModifiers().contains(Modifier.STATIC) && s.owner == owner))) {
          usesThis[0] = true; // a field or method of the enclosing instance: `this` is captured
        }
        return null;
      }
    }.scan(lambda, null);
    used.removeIf(inside::contains); // declared inside: the lambda's own
    return new Captures(List.copyOf(used), usesThis[0]);
  }
}
