package dev.drivercheck.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The annotation facts of one compilation, read lazily and cached: what a method promises and
 * does, what a type is (lock, guard, refcounted handle), and what could not be understood (for
 * AnnotationMisuse).
 */
public final class Facts {
  private final Elements elements;
  private final Types types;
  private final Annos annos;
  private final Map<ExecutableElement, MethodFacts> methods = new HashMap<>();
  private final Map<ExecutableElement, List<String>> problems = new HashMap<>();
  private final Map<TypeElement, LockKind> lockKinds = new HashMap<>();
  private final Map<ExecutableElement, List<ExecutableElement>> overridden = new HashMap<>();
  private final Map<TypeElement, Optional<ExecutableElement>> destructors = new HashMap<>();
  private final Map<TypeElement, Boolean> containers = new HashMap<>();
  private final Map<TypeElement, Set<String>> typeAnnotations = new HashMap<>();

  public Facts(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.annos = new Annos(elements);
  }

  /** Is annotation {@code name} (a {@link Vocabulary} constant) written on {@code e}? */
  public static boolean has(Element e, String name) {
    return Annos.has(e, name);
  }

  /** The string values of annotation {@code name}'s {@code value} on {@code e} (none if absent). */
  public List<String> annotationStrings(Element e, String name) {
    AnnotationMirror a = Annos.find(e, name);
    return a == null ? List.of() : annos.strings(a, "value");
  }

  /** The {@code @LockClass} name given to a field, parameter or local, or null. */
  public String declaredLockClass(Element e) {
    AnnotationMirror a = Annos.find(e, Vocabulary.LOCK_CLASS);
    return a == null ? null : String.valueOf(annos.value(a, "value"));
  }

  public Types types() {
    return types;
  }

  public Elements elements() {
    return elements;
  }

  public MethodFacts method(ExecutableElement m) {
    MethodFacts f = methods.get(m);
    if (f == null) {
      f = compute(m);
      methods.put(m, f);
    }
    return f;
  }

  /** Lock expressions of {@code m}'s annotations that name nothing usable. */
  public List<String> problems(ExecutableElement m) {
    method(m);
    return problems.getOrDefault(m, List.of());
  }

  private MethodFacts compute(ExecutableElement m) {
    List<ExecutableElement> supers = overriddenMethods(m);
    boolean mightSleep = Annos.has(m, Vocabulary.MIGHT_SLEEP);
    boolean noSleep = promisesNoSleep(m);
    for (ExecutableElement s : supers) {
      noSleep |= promisesNoSleep(s);
    }
    ExecContext atomic = atomicContext(m);
    for (int i = 0; atomic == null && i < supers.size(); i++) {
      atomic = atomicContext(supers.get(i));
    }
    Map<Integer, ExecContext> runsIn = new LinkedHashMap<>();
    Set<Integer> inPlace = new LinkedHashSet<>();
    Set<Integer> moves = new LinkedHashSet<>();
    Set<Integer> requiresPinned = new LinkedHashSet<>();
    List<? extends VariableElement> params = m.getParameters();
    for (int i = 0; i < params.size(); i++) {
      AnnotationMirror r = Annos.find(params.get(i), Vocabulary.RUNS_IN);
      if (r != null) {
        runsIn.put(i, ExecContext.of(annos.enumName(r, "value")));
      }
      if (Annos.has(params.get(i), Vocabulary.CALLED_IN_PLACE)) {
        inPlace.add(i);
      }
      if (Annos.has(params.get(i), Vocabulary.MOVES)) {
        moves.add(i);
      }
      if (Annos.has(params.get(i), Vocabulary.REQUIRES_PINNED)) {
        requiresPinned.add(i);
      }
    }
    AnnotationMirror ww = Annos.find(m, Vocabulary.WW_OP);
    WwStep step = ww == null ? null : WwStep.of(annos.enumName(ww, "value"));
    int ctxParam = -1;
    for (int i = 0; i < params.size() && ctxParam < 0; i++) {
      if (isWwContext(params.get(i).asType())) {
        ctxParam = i;
      }
    }
    // @WwOp alone describes ww locking: LOCK_SLOW acquires, TRY_LOCK tries, UNLOCK releases the mutex.
    List<LockOp> acquires = new ArrayList<>(lockOps(m, Vocabulary.ACQUIRES));
    List<LockOp> tries = new ArrayList<>(lockOps(m, Vocabulary.TRY_ACQUIRES));
    List<LockOp> releases = new ArrayList<>(lockOps(m, Vocabulary.RELEASES));
    if (step == WwStep.LOCK_SLOW && acquires.isEmpty()) {
      addSelf(m, acquires);
    } else if (step == WwStep.TRY_LOCK && tries.isEmpty()) {
      addSelf(m, tries);
    } else if (step == WwStep.UNLOCK && releases.isEmpty()) {
      addSelf(m, releases);
    }
    return new MethodFacts(
        m,
        mightSleep || (step != null && step.statusLock()) || step == WwStep.LOCK_SLOW,
        noSleep,
        atomic,
        List.copyOf(acquires),
        List.copyOf(tries),
        List.copyOf(releases),
        lockOps(m, Vocabulary.HOLDS),
        lockOps(m, Vocabulary.EXCLUDES),
        Annos.has(m, Vocabulary.INC_REF),
        Annos.has(m, Vocabulary.DEC_REF),
        isDestructor(m, supers),
        runsIn,
        inPlace,
        step,
        ctxParam,
        Annos.has(m, Vocabulary.PIN_INIT),
        Annos.has(m, Vocabulary.REMOVE_CALLBACK)
            || supers.stream().anyMatch(x -> Annos.has(x, Vocabulary.REMOVE_CALLBACK)), // overrides are remove() too
        Annos.has(m, Vocabulary.UNPLUG),
        binding(m, supers),
        Set.copyOf(moves),
        Set.copyOf(requiresPinned));
  }

  /** Lifetime scopes shorter than "until the last reference": the device binding, the DRM device. */
  public enum Scope { DEVM, DRMM }

  /**
   * The scope of values of type {@code t}: {@code @DevmScoped}/{@code @DrmmScoped} on the type
   * use, the type or a supertype; null for unscoped values and {@code @Revocable} wrappers (their
   * content is revoked at unbind, so holding one is fine anywhere).
   */
  public Scope scope(TypeMirror t) {
    if (t == null || hasOnTypeOrSuper(t, Vocabulary.REVOCABLE)) {
      return null;
    }
    for (AnnotationMirror a : t.getAnnotationMirrors()) {
      String n = ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().toString();
      if (n.equals(Vocabulary.DEVM_SCOPED)) {
        return Scope.DEVM;
      }
      if (n.equals(Vocabulary.DRMM_SCOPED)) {
        return Scope.DRMM;
      }
    }
    return hasOnTypeOrSuper(t, Vocabulary.DEVM_SCOPED) ? Scope.DEVM
        : hasOnTypeOrSuper(t, Vocabulary.DRMM_SCOPED) ? Scope.DRMM : null;
  }

  /** Can a value of scope {@code value} be kept by an owner of scope {@code owner} (null: unscoped)? */
  public static boolean outlivedBy(Scope value, Scope owner) {
    return value != null && (owner == null || (value == Scope.DEVM && owner == Scope.DRMM));
  }

  /** {@code !Unpin}: the type or a supertype is {@code @Pinned}. */
  public boolean isPinned(TypeMirror t) {
    return hasOnTypeOrSuper(t, Vocabulary.PINNED);
  }

  /** The mutex itself, for a ww step on it; nothing if the method is no ww mutex's. */
  private void addSelf(ExecutableElement m, List<LockOp> ops) {
    if (!m.getModifiers().contains(Modifier.STATIC) && lockKind(m.getEnclosingElement().asType()) != null) {
      ops.add(new LockOp(new LockRef("this", LockRef.RECEIVER, List.of(), m.getEnclosingElement().asType(),
          lockKind(m.getEnclosingElement().asType())), false, -1));
    }
  }

  /** The mutex a status-returning ww lock takes ({@code this}), or null when it is no lock's method. */
  public LockRef wwMutex(ExecutableElement m) {
    List<LockOp> self = new ArrayList<>();
    addSelf(m, self);
    return self.isEmpty() ? null : self.get(0).ref();
  }

  /** What a method says about the device binding; overrides inherit it (probe, remove, release). */
  private static MethodFacts.Binding binding(ExecutableElement m, List<ExecutableElement> supers) {
    List<ExecutableElement> all = new ArrayList<>(List.of(m));
    all.addAll(supers);
    for (ExecutableElement x : all) {
      if (Annos.has(x, Vocabulary.BOUND_CONTEXT)) {
        return MethodFacts.Binding.BOUND_CONTEXT;
      }
      if (Annos.has(x, Vocabulary.AFTER_UNBIND)) {
        return MethodFacts.Binding.AFTER_UNBIND;
      }
      if (Annos.has(x, Vocabulary.REQUIRES_BOUND)) {
        return MethodFacts.Binding.REQUIRES_BOUND;
      }
      if (Annos.has(x, Vocabulary.ENTERS_BOUND)) {
        return MethodFacts.Binding.ENTERS_BOUND;
      }
    }
    return MethodFacts.Binding.NONE;
  }

  /** Counted references ({@code @Refcounted} on the type or a supertype). */
  public boolean isRefcounted(TypeMirror t) {
    return hasOnTypeOrSuper(t, Vocabulary.REFCOUNTED);
  }

  /** Acquire-context types ({@code @WwContext}). */
  public boolean isWwContext(TypeMirror t) {
    return hasOnTypeOrSuper(t, Vocabulary.WW_CONTEXT);
  }

  /** Types whose instances are ww classes ({@code @WwClass} on the type). */
  public boolean isWwClass(TypeMirror t) {
    TypeElement te = typeElement(t);
    return te != null && te.getKind() != ElementKind.ANNOTATION_TYPE && lockKind(t) == null
        && hasOnTypeOrSuper(t, Vocabulary.WW_CLASS);
  }

  /**
   * The ww class a ww mutex type names for all its instances ({@code @WwClass("reservation")} on
   * a lock type such as a reservation object), or null.
   */
  public String typeWwClass(TypeMirror t) {
    TypeElement te = typeElement(t);
    if (te == null || lockKind(t) == null) {
      return null;
    }
    Set<TypeElement> all = new LinkedHashSet<>();
    collectSupertypes(te.asType(), all);
    for (TypeElement s : all) {
      List<String> v = annotationStrings(s, Vocabulary.WW_CLASS);
      if (!v.isEmpty() && !v.get(0).isEmpty()) {
        return v.get(0);
      }
    }
    return null;
  }

  private boolean promisesNoSleep(ExecutableElement m) {
    return Annos.has(m, Vocabulary.NO_SLEEP) || Annos.has(m.getEnclosingElement(), Vocabulary.NO_SLEEP);
  }

  private ExecContext atomicContext(ExecutableElement m) {
    AnnotationMirror a = Annos.find(m, Vocabulary.ATOMIC_CONTEXT);
    return a == null ? null : ExecContext.of(annos.enumName(a, "value"));
  }

  private boolean isDestructor(ExecutableElement m, List<ExecutableElement> supers) {
    if (Annos.has(m, Vocabulary.DESTRUCTOR)) {
      return true;
    }
    for (ExecutableElement s : supers) {
      if (Annos.has(s, Vocabulary.DESTRUCTOR)) {
        return true;
      }
    }
    return false;
  }

  /** Every method {@code m} overrides, nearest first, through classes and interfaces. */
  public List<ExecutableElement> overriddenMethods(ExecutableElement m) {
    List<ExecutableElement> cached = overridden.get(m);
    if (cached != null) {
      return cached;
    }
    List<ExecutableElement> out = new ArrayList<>();
    if (m.getKind() == ElementKind.METHOD && !m.getModifiers().contains(Modifier.STATIC)
        && !m.getModifiers().contains(Modifier.PRIVATE)
        && m.getEnclosingElement() instanceof TypeElement owner) {
      Set<TypeElement> seen = new LinkedHashSet<>();
      collectSupertypes(owner.asType(), seen);
      seen.remove(owner);
      for (TypeElement t : seen) {
        for (ExecutableElement cand : ElementFilter.methodsIn(t.getEnclosedElements())) {
          if (cand.getSimpleName().equals(m.getSimpleName()) && elements.overrides(m, cand, owner)) {
            out.add(cand);
          }
        }
      }
    }
    overridden.put(m, out);
    return out;
  }

  private void collectSupertypes(TypeMirror t, Set<TypeElement> out) {
    if (t instanceof DeclaredType dt && dt.asElement() instanceof TypeElement te && out.add(te)) {
      for (TypeMirror s : types.directSupertypes(t)) {
        collectSupertypes(s, out);
      }
    }
  }

  // ---- types -----------------------------------------------------------------------------

  /** The lock kind of a lock-typed value ({@code @LockType} on the type or a supertype), or null. */
  public LockKind lockKind(TypeMirror t) {
    TypeElement te = typeElement(t);
    if (te == null) {
      return null;
    }
    if (lockKinds.containsKey(te)) {
      return lockKinds.get(te);
    }
    LockKind kind = null;
    Set<TypeElement> all = new LinkedHashSet<>();
    collectSupertypes(te.asType(), all);
    for (TypeElement s : all) {
      AnnotationMirror a = Annos.find(s, Vocabulary.LOCK_TYPE);
      if (a != null) {
        kind = LockKind.valueOf(annos.enumName(a, "value"));
        break;
      }
    }
    lockKinds.put(te, kind);
    return kind;
  }

  /** Instances of {@code t} are lockdep class keys ({@code @LockClassKey}). */
  public boolean isLockClassKey(TypeMirror t) {
    return hasOnTypeOrSuper(t, Vocabulary.LOCK_CLASS_KEY);
  }

  /**
   * The lock class of a lock stored in field {@code f} (or in the elements of a lock array or
   * collection held there): its {@code @LockClass} name, else one class per declaration.
   */
  public LockClass fieldClass(VariableElement f) {
    String named = declaredLockClass(f);
    if (named != null) {
      return LockClass.named(named);
    }
    List<String> ww = annotationStrings(f, Vocabulary.WW_CLASS);
    if (!ww.isEmpty() && !ww.get(0).isEmpty()) {
      return LockClass.named(ww.get(0)); // a ww mutex field naming its ww class
    }
    String typed = typeWwClass(f.asType());
    if (typed != null) {
      return LockClass.named(typed); // a ww mutex type whose instances all have one ww class
    }
    TypeElement owner = (TypeElement) f.getEnclosingElement();
    return LockClass.field(owner.getQualifiedName().toString(), display(owner), f.getSimpleName().toString());
  }

  /** Arrays, collections, maps, iterators and optionals: their elements share their class. */
  public boolean isContainer(TypeMirror t) {
    if (t.getKind() == TypeKind.ARRAY) {
      return true;
    }
    TypeElement te = typeElement(t);
    return te != null && containers.computeIfAbsent(te, k -> {
      TypeMirror erased = types.erasure(k.asType());
      for (String c : List.of("java.lang.Iterable", "java.util.Map", "java.util.Iterator", "java.util.Optional",
          "java.util.stream.BaseStream")) {
        TypeElement ce = elements.getTypeElement(c);
        if (ce != null && types.isSubtype(erased, types.erasure(ce.asType()))) {
          return true;
        }
      }
      return false;
    });
  }

  public boolean isGuard(TypeMirror t) {
    return hasOnTypeOrSuper(t, Vocabulary.LOCK_GUARD);
  }

  /**
   * The pointee of a {@code @Refcounted} reference type: the first type argument of a handle
   * ({@code Arc<Ctx>} gives Ctx), the type itself for an intrusively counted object; null when
   * unknown (a raw handle, an unbounded type variable).
   */
  public TypeMirror pointee(TypeMirror handle) {
    TypeElement te = typeElement(handle);
    if (te == null) {
      return null;
    }
    Set<TypeElement> all = new LinkedHashSet<>();
    collectSupertypes(te.asType(), all);
    TypeElement counted = null;
    for (TypeElement s : all) {
      if (Annos.has(s, Vocabulary.REFCOUNTED)) {
        counted = s;
        break;
      }
    }
    if (counted == null) {
      return null;
    }
    if (counted.getTypeParameters().isEmpty()) {
      return handle;
    }
    if (handle instanceof DeclaredType dt && !dt.getTypeArguments().isEmpty()) {
      TypeMirror arg = dt.getTypeArguments().get(0);
      if (arg instanceof TypeVariable tv) {
        arg = tv.getUpperBound();
      } else if (arg.getKind() == TypeKind.WILDCARD) {
        TypeMirror ext = ((javax.lang.model.type.WildcardType) arg).getExtendsBound();
        arg = ext;
      }
      TypeElement pe = arg == null ? null : typeElement(arg);
      if (pe != null && !pe.getQualifiedName().contentEquals("java.lang.Object")) {
        return arg;
      }
    }
    return null;
  }

  /** The {@code @Destructor} (Drop.drop) that a final drop of {@code pointee} runs, or null. */
  public ExecutableElement destructor(TypeMirror pointee) {
    TypeElement te = typeElement(pointee);
    if (te == null) {
      return null;
    }
    return destructors.computeIfAbsent(te, t -> {
      for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(t))) {
        if (m.getParameters().isEmpty() && method(m).destructor()) {
          return Optional.of(m);
        }
      }
      return Optional.empty();
    }).orElse(null);
  }

  private boolean hasOnTypeOrSuper(TypeMirror t, String anno) {
    TypeElement te = typeElement(t);
    if (te == null) {
      return false;
    }
    return supertypeAnnotations(te).contains(anno);
  }

  /** The DriverCheck annotations on a type and its supertypes: asked for at every call and store. */
  private Set<String> supertypeAnnotations(TypeElement te) {
    Set<String> cached = typeAnnotations.get(te);
    if (cached != null) {
      return cached;
    }
    Set<TypeElement> all = new LinkedHashSet<>();
    collectSupertypes(te.asType(), all);
    Set<String> out = new java.util.HashSet<>();
    for (TypeElement s : all) {
      for (AnnotationMirror a : s.getAnnotationMirrors()) {
        out.add(((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().toString());
      }
    }
    cached = Set.copyOf(out);
    typeAnnotations.put(te, cached);
    return cached;
  }

  public static TypeElement typeElement(TypeMirror t) {
    if (t instanceof TypeVariable tv) {
      t = tv.getUpperBound();
    }
    return t instanceof DeclaredType dt && dt.asElement() instanceof TypeElement te ? te : null;
  }

  // ---- lock expressions ------------------------------------------------------------------

  private List<LockOp> lockOps(ExecutableElement m, String anno) {
    AnnotationMirror a = Annos.find(m, anno);
    if (a == null) {
      return List.of();
    }
    boolean acquiring = anno.equals(Vocabulary.ACQUIRES) || anno.equals(Vocabulary.TRY_ACQUIRES);
    boolean irqsOff = acquiring && annos.bool(a, "irqsOff");
    int subclass = acquiring ? annos.integer(a, "subclassParam", -1) : -1;
    if (subclass >= 0 && (subclass >= m.getParameters().size()
        || m.getParameters().get(subclass).asType().getKind() != TypeKind.INT)) {
      problems.computeIfAbsent(m, k -> new ArrayList<>()).add("subclassParam = " + subclass
          + " names no int parameter of " + display(m));
      subclass = -1;
    }
    List<LockOp> ops = new ArrayList<>();
    boolean guard = isGuard(m.getEnclosingElement().asType());
    for (String expr : annos.strings(a, "value")) {
      if (guard && anno.equals(Vocabulary.RELEASES) && expr.equals("this")) {
        continue; // a guard's close() releases what the guard holds, tracked by the flow
      }
      LockRef ref = resolve(m, expr);
      if (ref != null) {
        ops.add(new LockOp(ref, irqsOff, subclass));
      }
    }
    return List.copyOf(ops);
  }

  /** Resolves a lock expression against {@code m}; records a problem and returns null if it names nothing. */
  private LockRef resolve(ExecutableElement m, String expr) {
    String[] parts = expr.trim().split("\\.");
    TypeElement owner = (TypeElement) m.getEnclosingElement();
    boolean isStatic = m.getModifiers().contains(Modifier.STATIC);
    int root;
    TypeMirror type;
    int next = 1;
    List<VariableElement> fields = new ArrayList<>();
    String head = parts[0];
    if (head.equals("this")) {
      if (isStatic) {
        return problem(m, expr, "'this' in a static method");
      }
      root = LockRef.RECEIVER;
      type = owner.asType();
    } else if (head.startsWith("#")) {
      int i;
      try {
        i = Integer.parseInt(head.substring(1));
      } catch (NumberFormatException e) {
        return problem(m, expr, "'" + head + "' is not a parameter index");
      }
      if (i < 0 || i >= m.getParameters().size()) {
        return problem(m, expr, "there is no parameter " + head);
      }
      root = i;
      type = m.getParameters().get(i).asType();
    } else {
      VariableElement f = field(owner.asType(), head);
      if (f == null) {
        return problem(m, expr, "'" + head + "' is neither this, #i nor a field of " + owner.getSimpleName());
      }
      boolean staticField = f.getModifiers().contains(Modifier.STATIC);
      if (!staticField && isStatic) {
        return problem(m, expr, "instance field '" + head + "' in a static method");
      }
      root = staticField ? LockRef.STATIC : LockRef.RECEIVER;
      fields.add(f);
      type = f.asType();
    }
    for (int i = next; i < parts.length; i++) {
      VariableElement f = field(type, parts[i]);
      if (f == null) {
        return problem(m, expr, "'" + parts[i] + "' is no field of " + types.erasure(type));
      }
      fields.add(f);
      type = f.asType();
    }
    LockKind kind = lockKind(type);
    if (kind == null) {
      return problem(m, expr, "it names a " + simpleName(type) + ", which is no lock (no @LockType)");
    }
    return new LockRef(expr, root, List.copyOf(fields), type, kind);
  }

  private LockRef problem(ExecutableElement m, String expr, String why) {
    problems.computeIfAbsent(m, k -> new ArrayList<>()).add("lock expression \"" + expr + "\": " + why);
    return null;
  }

  private VariableElement field(TypeMirror t, String name) {
    TypeElement te = typeElement(t);
    if (te == null) {
      return null;
    }
    for (VariableElement f : ElementFilter.fieldsIn(elements.getAllMembers(te))) {
      if (f.getSimpleName().contentEquals(name)) {
        return f;
      }
    }
    return null;
  }

  public static String simpleName(TypeMirror t) {
    TypeElement te = typeElement(t);
    return te == null ? t.toString() : te.getSimpleName().toString();
  }

  /** {@code Class.method} as evidence chains print a method. */
  public static String display(ExecutableElement m) {
    String cls = display((TypeElement) m.getEnclosingElement());
    return m.getKind() == ElementKind.CONSTRUCTOR ? "new " + cls : cls + "." + m.getSimpleName();
  }

  /** A type's simple name; an anonymous class shows what it implements: {@code new Visitor(){}}. */
  public static String display(TypeElement t) {
    if (!t.getSimpleName().isEmpty()) {
      return t.getSimpleName().toString();
    }
    TypeMirror base = t.getInterfaces().isEmpty() ? t.getSuperclass() : t.getInterfaces().get(0);
    return "new " + simpleName(base) + "(){}";
  }
}
