package dev.drivercheck.engine;

import dev.drivercheck.facts.Facts;
import dev.drivercheck.flow.Unit;
import dev.drivercheck.report.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Everything collected from one compilation before the whole-program stages run: the facts, the
 * analyzed bodies, the annotated declarations, and findings made on the way (internal errors).
 */
public final class Program {
  private final Facts facts;
  private final Map<Object, Unit> units = new LinkedHashMap<>();
  private final Map<String, List<Unit>> methodsByName = new HashMap<>();
  private final List<Declaration> declarations = new ArrayList<>();
  private final List<Finding> early = new ArrayList<>();

  public Program(Facts facts) {
    this.facts = facts;
  }

  public Facts facts() {
    return facts;
  }

  void add(Unit u) {
    Unit previous = units.get(u.key());
    if (previous != null) {
      // Initializers come as several bodies: one unit with all their calls.
      List<dev.drivercheck.flow.CallSite> calls = new ArrayList<>(previous.calls());
      calls.addAll(u.calls());
      u = new Unit(u.key(), u.kind(), u.method(), u.implemented(), u.owner(), u.enclosing(),
          previous.display(), previous.position(), List.copyOf(calls), u.paramCalls(),
          u.implicitCalls(), previous.locks().plus(u.locks()), concat(previous.pins(), u.pins()),
          concat(previous.lifetimes(), u.lifetimes()), union(previous.releasedFields(), u.releasedFields()),
          u.suppressions());
    } else if (u.method() != null) {
      methodsByName.computeIfAbsent(u.method().getSimpleName().toString(), k -> new ArrayList<>()).add(u);
    }
    units.put(u.key(), u);
  }

  private static <T> java.util.Set<T> union(java.util.Set<T> a, java.util.Set<T> b) {
    java.util.Set<T> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return java.util.Set.copyOf(out);
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }

  void add(Declaration d) {
    declarations.add(d);
  }

  void add(Finding f) {
    early.add(f);
  }

  public Iterable<Unit> units() {
    return units.values();
  }

  public Unit unit(Object key) {
    return units.get(key);
  }

  public List<Declaration> declarations() {
    return declarations;
  }

  public List<Finding> earlyFindings() {
    return early;
  }

  /**
   * The analyzed bodies a call may run: the callee itself, and for a virtual call every analyzed
   * override in a subtype of the receiver's static type (class hierarchy analysis over the
   * classes seen in this compilation).
   */
  public List<Unit> targets(ExecutableElement callee, TypeMirror receiverType, boolean virtual) {
    javax.lang.model.element.TypeElement receiver =
        virtual && receiverType != null ? Facts.typeElement(facts.types().erasure(receiverType)) : null;
    return targets.computeIfAbsent(new TargetKey(callee, receiver, virtual),
        k -> dispatch(callee, receiverType, virtual));
  }

  /** Call targets are asked for many times (summaries, fixpoint rounds, rules): computed once. */
  private record TargetKey(ExecutableElement callee, Object receiver, boolean virtual) {}

  private final Map<TargetKey, List<Unit>> targets = new HashMap<>();

  private List<Unit> dispatch(ExecutableElement callee, TypeMirror receiverType, boolean virtual) {
    List<Unit> out = new ArrayList<>();
    Unit self = units.get(callee);
    if (self != null) {
      out.add(self);
    }
    if (!virtual || receiverType == null) {
      return out;
    }
    TypeMirror erased = facts.types().erasure(receiverType);
    for (Unit u : overriders().getOrDefault(callee, List.of())) {
      if (u != self && facts.types().isSubtype(facts.types().erasure(u.owner().asType()), erased)) {
        out.add(u);
      }
    }
    return List.copyOf(out);
  }

  /** Analyzed methods by each method they override: built once, when calls are first resolved. */
  private Map<ExecutableElement, List<Unit>> overriders() {
    if (overriders == null) {
      overriders = new HashMap<>();
      for (List<Unit> named : methodsByName.values()) {
        for (Unit u : named) {
          if (u.owner() != null) {
            for (ExecutableElement o : facts.overriddenMethods(u.method())) {
              overriders.computeIfAbsent(o, k -> new ArrayList<>()).add(u);
            }
          }
        }
      }
    }
    return overriders;
  }

  private Map<ExecutableElement, List<Unit>> overriders;

}
