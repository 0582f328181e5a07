package dev.drivercheck.facts;

/**
 * A lockdep class: all locks that lockdep treats as one node of the dependency graph. As in the
 * kernel, a class is a static key: one per lock field declaration by default, a {@code @LockClass}
 * name, a {@code @LockClassKey} constant passed to the lock's constructor, or the allocation site
 * of a lock that lives nowhere else. Inside a body, a bare parameter or receiver that is itself a
 * lock has the class of whatever the caller passes: a {@link Kind#PARAM} placeholder that call
 * sites map to the argument's class. A lock obtained from a method call is that method's
 * {@link Kind#RETURN} class, which the whole-program stage resolves to what the method returns.
 *
 * @param key unique identity of the class within a compilation
 * @param name as messages show it: {@code Vm.lock}, {@code reservation}, {@code Mutex@Vm.java:42}
 * @param param for {@link Kind#PARAM}: the parameter index, -1 for the receiver
 */
public record LockClass(Kind kind, String key, String name, int param) {

  public enum Kind { FIELD, NAMED, KEY, SITE, PARAM, RETURN }

  public static LockClass field(String qualifiedOwner, String simpleOwner, String field) {
    return new LockClass(Kind.FIELD, "field:" + qualifiedOwner + "." + field, simpleOwner + "." + field, 0);
  }

  public static LockClass named(String name) {
    return new LockClass(Kind.NAMED, "named:" + name, name, 0);
  }

  public static LockClass key(String qualifiedOwner, String simpleOwner, String field) {
    return new LockClass(Kind.KEY, "key:" + qualifiedOwner + "." + field, simpleOwner + "." + field, 0);
  }

  public static LockClass site(String typeName, String where, String uniqueWhere) {
    return new LockClass(Kind.SITE, "site:" + uniqueWhere, typeName + "@" + where, 0);
  }

  /** The lock a method returns (a getter, a factory): resolved to what its body returns where it can be. */
  public static LockClass returnedBy(javax.lang.model.element.ExecutableElement m) {
    javax.lang.model.element.TypeElement owner = (javax.lang.model.element.TypeElement) m.getEnclosingElement();
    return new LockClass(Kind.RETURN, "return:" + owner.getQualifiedName() + "." + m.getSimpleName() + m.asType(),
        Facts.display(m) + "()", 0);
  }

  public static LockClass param(int index) {
    return new LockClass(Kind.PARAM, "param:" + index, index < 0 ? "this" : "#" + index, index);
  }

  public boolean isParam() {
    return kind == Kind.PARAM;
  }

  @Override
  public String toString() {
    return name;
  }
}
