package dev.drivercheck.rules;

import dev.drivercheck.engine.Declaration;
import dev.drivercheck.facts.Facts;
import dev.drivercheck.flow.LifetimeEvent;
import dev.drivercheck.flow.Unit;
import dev.drivercheck.report.Finding;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The shared part of DevmEscape and DrmmEscape: scoped values stored where they outlive their
 * scope (reported at the store or capture), and fields whose own type is scoped in an owner that
 * outlives it (reported once, at the field).
 */
final class Escapes {
  private Escapes() {}

  static void check(Rule rule, Analysis a, Facts.Scope scope, String ends, List<Finding> out) {
    Facts facts = a.program().facts();
    for (Declaration d : a.program().declarations()) {
      if (!(d.element() instanceof VariableElement f) || f.getKind() != ElementKind.FIELD
          || facts.scope(f.asType()) != scope) {
        continue;
      }
      boolean isStatic = f.getModifiers().contains(Modifier.STATIC);
      Facts.Scope owner = isStatic ? null : facts.scope(((TypeElement) f.getEnclosingElement()).asType());
      if (isStatic || Facts.outlivedBy(scope, owner)) {
        out.add(new Finding(rule.name(), rule.severity(), d.position(), "field " + f.getEnclosingElement().getSimpleName()
            + "." + f.getSimpleName() + " holds " + Facts.simpleName(f.asType()) + " values, valid only " + ends + ", but "
            + (isStatic ? "it is static" : f.getEnclosingElement().getSimpleName() + " outlives that")
            + "; keep it in a @Revocable wrapper (Devres) or in a " + scope.name().toLowerCase() + "-scoped owner",
            List.of(), d.suppressions()));
      }
    }
    for (Unit u : a.program().units()) {
      for (LifetimeEvent e : u.lifetimes()) {
        if (e.kind() == LifetimeEvent.Kind.ESCAPE && e.scope() == scope) {
          out.add(Analysis.finding(rule, u, e.at(), e.value() + " is valid only " + ends + ", but it is stored in "
              + e.place() + "; keep it in a @Revocable wrapper (Devres) instead", List.of()));
        }
      }
    }
  }
}
