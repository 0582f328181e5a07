package dev.drivercheck.rules;

import dev.drivercheck.engine.Declaration;
import dev.drivercheck.facts.Facts;
import dev.drivercheck.facts.Vocabulary;
import dev.drivercheck.flow.PinEvent;
import dev.drivercheck.report.Finding;
import dev.drivercheck.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/**
 * Structural pinning ({@code #[pin]}) done wrong: a {@code @Pin} field must be final and live in a
 * {@code @Pinned} owner, since the pinned object is embedded in its owner and moves with it;
 * assigning a {@code @Pin} field after construction replaces a pinned object.
 */
public final class PinnedStructural implements Rule {
  @Override
  public String name() {
    return "PinnedStructural";
  }

  @Override
  public String summary() {
    return "a @Pin field that is not final, reassigned, or in a class that is not @Pinned";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    Facts facts = a.program().facts();
    for (Declaration d : a.program().declarations()) {
      if (!(d.element() instanceof VariableElement f) || f.getKind() != ElementKind.FIELD
          || !d.annotations().containsKey(Vocabulary.PIN) || !facts.isPinned(f.asType())) {
        continue; // @Pin on a type that is not pinned is AnnotationMisuse
      }
      List<String> wrong = new ArrayList<>();
      if (!f.getModifiers().contains(Modifier.FINAL)) {
        wrong.add("is not final (a structurally pinned field is filled once, in place)");
      }
      if (!facts.isPinned(f.getEnclosingElement().asType())) {
        wrong.add("is in " + f.getEnclosingElement().getSimpleName() + ", which is not @Pinned (its owner"
            + " moves, and the pinned " + Facts.simpleName(f.asType()) + " with it)");
      }
      if (!wrong.isEmpty()) {
        out.add(new Finding(name(), Severity.ERROR, d.position(), "@Pin field " + f.getEnclosingElement().getSimpleName()
            + "." + f.getSimpleName() + " " + String.join(", and ", wrong), List.of(), d.suppressions()));
      }
    }
    PinEvents.forEach(a, Set.of(PinEvent.Kind.PIN_FIELD_WRITE), (u, e) -> out.add(Analysis.finding(this, u, e.at(),
        "@Pin field " + e.detail() + " is assigned here, after construction: that replaces a pinned " + e.type()
            + " that others may still point at", List.of())));
  }
}
