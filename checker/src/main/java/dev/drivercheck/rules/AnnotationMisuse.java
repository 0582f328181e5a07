package dev.drivercheck.rules;

import dev.drivercheck.engine.Declaration;
import dev.drivercheck.facts.Facts;
import dev.drivercheck.facts.MethodFacts;
import dev.drivercheck.facts.Vocabulary;
import dev.drivercheck.report.Finding;
import dev.drivercheck.report.Position;
import dev.drivercheck.report.Severity;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Annotations the analyzer cannot honor, reported at the annotation: contradictions, lock
 * expressions that name nothing, callbacks that are not functional interfaces, refcount and guard
 * annotations on types that cannot carry them. Never silence, never a crash.
 */
public final class AnnotationMisuse implements Rule {
  private static final String P = "dev.drivercheck.annotations.";

  @Override
  public String name() {
    return "AnnotationMisuse";
  }

  @Override
  public String summary() {
    return "an annotation the analyzer cannot honor (contradiction, bad lock expression, wrong target)";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    lockNames(a, out);
    Facts facts = a.program().facts();
    for (Declaration d : a.program().declarations()) {
      Map<String, Position> at = d.annotations();
      Element e = d.element();
      if (at.containsKey(P + "MightSleep") && at.containsKey(P + "NoSleep")) {
        Position first = at.get(P + "MightSleep").compareTo(at.get(P + "NoSleep")) < 0
            ? at.get(P + "MightSleep") : at.get(P + "NoSleep");
        report(out, d, first, "@MightSleep and @NoSleep contradict each other on " + name(e));
      } else if (at.containsKey(P + "MightSleep") && e instanceof ExecutableElement m) {
        MethodFacts f = facts.method(m);
        if (f.noSleep()) {
          report(out, d, at.get(P + "MightSleep"), "@MightSleep on " + name(e)
              + " breaks the @NoSleep promise it inherits (from its type or an overridden method)");
        } else if (f.atomicContext() != null && f.atomicContext().atomic()) {
          report(out, d, at.get(P + "MightSleep"), "@MightSleep on " + name(e)
              + ", which runs in " + f.atomicContext() + " context (@AtomicContext): it must not sleep");
        }
      }
      if (e instanceof ExecutableElement m) {
        method(facts, d, m, out);
      }
      if (e instanceof VariableElement f && e.getKind() == ElementKind.FIELD && at.containsKey(P + "Pin")
          && !facts.isPinned(f.asType())) {
        report(out, d, at.get(P + "Pin"), "@Pin on field " + f.getSimpleName() + " of type "
            + Facts.simpleName(f.asType()) + ", which is not @Pinned: only a pinned type is structurally pinned");
      }
      if (e instanceof VariableElement v && e.getKind() == ElementKind.PARAMETER && at.containsKey(P + "Moves")
          && facts.isPinned(v.asType())) {
        report(out, d, at.get(P + "Moves"), "@Moves on parameter " + v.getSimpleName() + " of type "
            + Facts.simpleName(v.asType()) + ", which is @Pinned: a pinned value can never be moved");
      }
      if (e instanceof VariableElement v && e.getKind() == ElementKind.PARAMETER) {
        for (String cb : List.of("RunsIn", "CalledInPlace")) {
          if (at.containsKey(P + cb) && !functional(facts, v.asType())) {
            report(out, d, at.get(P + cb), "@" + cb + " on parameter " + v.getSimpleName()
                + " of type " + Facts.simpleName(v.asType()) + ", which is no functional interface");
          }
        }
      }
      if (e instanceof TypeElement t && at.containsKey(P + "LockGuard")
          && !facts.types().isAssignable(t.asType(), facts.elements().getTypeElement("java.lang.AutoCloseable").asType())) {
        report(out, d, at.get(P + "LockGuard"), "@LockGuard on " + t.getSimpleName()
            + ", which is not AutoCloseable: a guard is closed to release its lock");
      }
    }
  }

  /** Lock class names in declared orders that name nothing, or more than one class. */
  private void lockNames(Analysis a, List<Finding> out) {
    for (dev.drivercheck.summary.LockGraph.Problem p : a.graph().problems()) {
      report(out, p.declaration(), p.at(), p.message());
    }
  }

  private void method(Facts facts, Declaration d, ExecutableElement m, List<Finding> out) {
    Map<String, Position> at = d.annotations();
    List<String> problems = facts.problems(m);
    if (!problems.isEmpty()) {
      Position pos = null;
      for (String a : List.of("Acquires", "TryAcquires", "Releases", "Holds", "Excludes")) {
        if (pos == null && at.containsKey(P + a)) {
          pos = at.get(P + a);
        }
      }
      if (pos != null) {
        for (String p : problems) {
          report(out, d, pos, "on " + name(m) + ": " + p);
        }
      }
    }
    for (String a : List.of("IncRef", "DecRef")) {
      if (at.containsKey(P + a) && m.getEnclosingElement() instanceof TypeElement owner
          && !refcounted(facts, owner)) {
        report(out, d, at.get(P + a), "@" + a + " on " + name(m) + ", but " + owner.getSimpleName()
            + " is not @Refcounted");
      }
    }
    dev.drivercheck.facts.WwStep step = facts.method(m).wwStep();
    if (step != null && at.containsKey(P + "WwOp")) {
      if (step.statusLock() && m.getReturnType().getKind() != javax.lang.model.type.TypeKind.INT) {
        report(out, d, at.get(P + "WwOp"), "@WwOp(" + step + ") on " + name(m) + ", which returns "
            + m.getReturnType() + ": a ww lock returns its int status (0, -EDEADLK, -EALREADY)");
      } else if (step != dev.drivercheck.facts.WwStep.CTX_INIT && step != dev.drivercheck.facts.WwStep.CTX_DONE
          && step != dev.drivercheck.facts.WwStep.CTX_FINI && facts.wwMutex(m) == null) {
        report(out, d, at.get(P + "WwOp"), "@WwOp(" + step + ") on " + name(m) + ", which is no method of a lock"
            + " type (@LockType(WW_MUTEX))");
      }
    }
    if (at.containsKey(P + "Destructor") && !m.getParameters().isEmpty()) {
      report(out, d, at.get(P + "Destructor"), "@Destructor on " + name(m)
          + ", which takes parameters: a destructor runs on the final drop with nothing to pass");
    }
  }

  private static boolean refcounted(Facts facts, TypeElement t) {
    return facts.pointee(t.asType()) != null
        || Facts.has(t, Vocabulary.REFCOUNTED);
  }

  private static boolean functional(Facts facts, TypeMirror t) {
    TypeElement te = Facts.typeElement(t);
    if (te == null || te.getKind() != ElementKind.INTERFACE) {
      return false;
    }
    long abstracts = facts.elements().getAllMembers(te).stream()
        .filter(x -> x.getKind() == ElementKind.METHOD
            && x.getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT)
            && !isObjectMethod(facts, (ExecutableElement) x))
        .count();
    return abstracts == 1;
  }

  private static boolean isObjectMethod(Facts facts, ExecutableElement m) {
    TypeElement object = facts.elements().getTypeElement("java.lang.Object");
    for (ExecutableElement om : javax.lang.model.util.ElementFilter.methodsIn(object.getEnclosedElements())) {
      if (om.getSimpleName().equals(m.getSimpleName()) && om.getParameters().size() == m.getParameters().size()) {
        return true;
      }
    }
    return false;
  }

  private static String name(Element e) {
    return e instanceof ExecutableElement m ? Facts.display(m) : e.getSimpleName().toString();
  }

  private void report(List<Finding> out, Declaration d, Position at, String message) {
    out.add(Analysis.finding(this, Severity.ERROR, at, message, d.suppressions()));
  }
}
