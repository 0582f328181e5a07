package dev.drivercheck.rules;

import dev.drivercheck.engine.Declaration;
import dev.drivercheck.facts.Facts;
import dev.drivercheck.facts.Vocabulary;
import dev.drivercheck.flow.CallSite;
import dev.drivercheck.flow.LifetimeEvent;
import dev.drivercheck.flow.Unit;
import dev.drivercheck.report.Finding;
import dev.drivercheck.report.Severity;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;

/**
 * An owned counted reference that is neither released nor handed on, on some path (error paths
 * and thrown checked exceptions included): the object is never freed. Reported at the expression
 * that made the reference. Also, as a warning, an owned field that its class's
 * {@code @Destructor} never releases: the last put of the owner leaks what it holds.
 */
public final class RefLeak implements Rule {
  @Override
  public String name() {
    return "RefLeak";
  }

  @Override
  public String summary() {
    return "an owned counted reference neither released nor handed on on some path";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    LifetimeEvents.forEach(a, LifetimeEvent.Kind.REF_LEAK, (u, e) ->
        out.add(Analysis.finding(this, u, e.at(), "the " + e.value() + " is an owned reference, but it is "
            + e.place() + ": release it (close()) or hand it on (return it, store it, pass it to an @Owned"
            + " parameter)", List.of())));
    destructors(a, out);
  }

  /** Owned fields of a class with a {@code @Destructor} that the destructor does not release. */
  private void destructors(Analysis a, List<Finding> out) {
    Facts facts = a.program().facts();
    for (Unit d : a.program().units()) {
      if (d.method() == null || d.owner() == null || !facts.method(d.method()).destructor()) {
        continue;
      }
      Set<VariableElement> released = releasedBelow(a, d);
      for (Declaration decl : a.program().declarations()) {
        if (decl.element() instanceof VariableElement f && f.getKind() == ElementKind.FIELD
            && f.getEnclosingElement().equals(d.owner()) && !f.getModifiers().contains(Modifier.STATIC)
            && f.asType().getKind() == TypeKind.DECLARED && facts.isRefcounted(f.asType())
            && !Facts.has(f, Vocabulary.BORROWED) && !released.contains(f)) {
          out.add(Analysis.finding(this, Severity.WARNING, decl.position(), "field "
              + ((TypeElement) f.getEnclosingElement()).getSimpleName() + "." + f.getSimpleName() + " holds an owned "
              + Facts.simpleName(f.asType()) + ", but the destructor " + Facts.display(d.method())
              + "() never releases it: the last put of the owner leaks it (release it there, or mark the field"
              + " @Borrowed if it is a loan)", decl.suppressions()));
        }
      }
    }
  }

  /** Fields released by the destructor or by methods of its class it calls. */
  private static Set<VariableElement> releasedBelow(Analysis a, Unit destructor) {
    Set<VariableElement> out = new HashSet<>();
    Set<Object> seen = new HashSet<>();
    Deque<Unit> work = new ArrayDeque<>(List.of(destructor));
    while (!work.isEmpty()) {
      Unit u = work.pop();
      if (!seen.add(u.key())) {
        continue;
      }
      out.addAll(u.releasedFields());
      for (CallSite c : u.calls()) {
        Unit callee = a.program().unit(c.callee());
        if (callee != null && callee.owner() != null && callee.owner().equals(destructor.owner())) {
          work.push(callee);
        }
      }
    }
    return out;
  }
}
