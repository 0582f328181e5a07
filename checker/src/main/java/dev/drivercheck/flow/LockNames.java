package dev.drivercheck.flow;

import dev.drivercheck.facts.Facts;
import dev.drivercheck.facts.LockRef;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/** Lockdep class names as messages show them: {@code @LockClass} names, else {@code Class.field}. */
final class LockNames {
  private LockNames() {}

  static String name(Facts facts, AccessPath path, LockRef ref, TypeElement unitOwner) {
    Element named = !ref.fields().isEmpty() ? ref.fields().get(ref.fields().size() - 1)
        : path == null ? null : path.last();
    if (named != null) {
      String declared = facts.declaredLockClass(named);
      if (declared != null) {
        return declared;
      }
      if (named.getKind() == ElementKind.FIELD) {
        return named.getEnclosingElement().getSimpleName() + "." + named.getSimpleName();
      }
      return unitOwner.getSimpleName() + "." + named.getSimpleName();
    }
    if (path != null && path.root() == AccessPath.THIS) {
      return Facts.simpleName(ref.type()) + ".this";
    }
    return Facts.simpleName(ref.type());
  }
}
