package dev.drivercheck.summary;

import dev.drivercheck.engine.Declaration;
import dev.drivercheck.engine.Program;
import dev.drivercheck.facts.Facts;
import dev.drivercheck.facts.LockClass;
import dev.drivercheck.facts.LockKind;
import dev.drivercheck.flow.CallSite;
import dev.drivercheck.flow.HeldLock;
import dev.drivercheck.flow.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Resolves the lock class names written in {@code @AcquiredBefore/@AcquiredAfter}: a
 * {@code @LockClass} name, a lock field of the annotated field's class, {@code Class.field}, or
 * {@code pkg.Class.field}.
 */
final class ClassNames {
  private final Facts facts;
  private final Map<String, LockClass> named = new HashMap<>();
  private final Map<String, LockKind> kinds = new HashMap<>();
  private final Set<TypeElement> types = new LinkedHashSet<>();

  ClassNames(Program program, LockSummaries locks) {
    this.facts = program.facts();
    for (Unit u : program.units()) {
      if (u.owner() != null) {
        types.add(u.owner());
      }
      for (CallSite c : u.calls()) {
        for (HeldLock h : c.acquired()) {
          kinds.putIfAbsent(locks.canonical(h.cls()).key(), h.kind());
          if (h.cls().kind() == LockClass.Kind.NAMED) {
            named.putIfAbsent(h.cls().name(), h.cls());
          }
        }
      }
    }
    for (Declaration d : program.declarations()) {
      Element e = d.element();
      String n = facts.declaredLockClass(e);
      if (n != null) {
        named.putIfAbsent(n, LockClass.named(n));
      }
      Element owner = e instanceof TypeElement ? e : e.getEnclosingElement();
      while (owner != null && !(owner instanceof TypeElement)) {
        owner = owner.getEnclosingElement();
      }
      if (owner instanceof TypeElement t) {
        types.add(t);
      }
    }
  }

  List<LockClass> resolve(String name, VariableElement context) {
    Map<String, LockClass> found = new LinkedHashMap<>();
    String n = name.trim();
    if (named.containsKey(n)) {
      add(found, named.get(n));
    }
    int dot = n.lastIndexOf('.');
    if (dot < 0) {
      VariableElement f = field((TypeElement) context.getEnclosingElement(), n);
      if (f != null) {
        add(found, facts.fieldClass(f));
      }
    } else {
      String type = n.substring(0, dot);
      String field = n.substring(dot + 1);
      TypeElement qualified = facts.elements().getTypeElement(type);
      if (qualified != null && field(qualified, field) != null) {
        add(found, facts.fieldClass(field(qualified, field)));
      }
      if (qualified == null) {
        // Class.field names a class as Java would: one in the annotated field's package wins over
        // same-named classes of other packages of the compilation.
        List<TypeElement> matches = new ArrayList<>();
        for (TypeElement t : types) {
          if (Facts.display(t).equals(type) && field(t, field) != null) {
            matches.add(t);
          }
        }
        javax.lang.model.element.PackageElement here = facts.elements().getPackageOf(context);
        List<TypeElement> local = matches.stream().filter(t -> facts.elements().getPackageOf(t).equals(here)).toList();
        for (TypeElement t : local.isEmpty() ? matches : local) {
          add(found, facts.fieldClass(field(t, field)));
        }
      }
    }
    return new ArrayList<>(found.values());
  }

  private static void add(Map<String, LockClass> found, LockClass c) {
    found.putIfAbsent(c.key(), c);
  }

  private VariableElement field(TypeElement t, String name) {
    for (VariableElement f : ElementFilter.fieldsIn(facts.elements().getAllMembers(t))) {
      if (f.getSimpleName().contentEquals(name)) {
        return f;
      }
    }
    return null;
  }

  LockKind kind(LockClass c) {
    LockKind k = kinds.get(c.key());
    return k != null ? k : LockKind.MUTEX;
  }
}
