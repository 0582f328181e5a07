package dev.drivercheck.cli.annotate;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MarkerAnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Writes {@code @MightSleep} onto the declarations of one source file that the analyzer found may
 * sleep, with JavaParser's {@link LexicalPreservingPrinter}: everything else keeps its exact text.
 *
 * <p>Declarations are matched by the qualified name of their class, their name and their
 * parameter types, compared by simple name (the analyzer's erased {@code pkg.Outer.Inner} against
 * the source's {@code Outer.Inner} or {@code Inner}; a type variable by its erased bound); when
 * the declaration must hold the analyzer's line. Methods of anonymous and local classes have
 * no qualified name the sources spell and are left alone, as are lambdas.
 */
public final class SourceAnnotator {
  public static final String PACKAGE = "dev.drivercheck.annotations";
  public static final String MIGHT_SLEEP = "MightSleep";
  public static final String NO_SLEEP = "NoSleep";

  /** JavaParser could not parse a file javac compiled. */
  public static final class ParseException extends Exception {
    private static final long serialVersionUID = 1L;

    ParseException(String message) {
      super(message);
    }
  }

  /**
   * @param text the new text (the old one when nothing was added)
   * @param added the methods annotated now with {@code @MightSleep}, in the order of the input
   * @param addedNoSleep the methods annotated now with {@code @NoSleep} (asked for, and inferred
   *     not to sleep)
   * @param unmatched methods that want an annotation but have no declaration found in the file
   *     (implicit ones); those of anonymous and local classes are left out, as they are on purpose
   */
  public record Result(String text, List<InferredMethod> added, List<InferredMethod> addedNoSleep,
      List<InferredMethod> unmatched) {}

  private SourceAnnotator() {}

  /** {@code @MightSleep} where the analyzer says a method may sleep; no {@code @NoSleep}. */
  public static Result annotate(String source, List<InferredMethod> methods) throws ParseException {
    return annotate(source, methods, m -> false);
  }

  /**
   * @param methods what the analyzer inferred about this file's methods; those that
   *     {@linkplain InferredMethod#wantsMightSleep() want} {@code @MightSleep} get it
   * @param noSleepAsked methods the user asks to mark {@code @NoSleep}: they get it when the
   *     analyzer found they cannot sleep and they carry neither annotation yet
   */
  public static Result annotate(String source, List<InferredMethod> methods, Predicate<InferredMethod> noSleepAsked)
      throws ParseException {
    Map<InferredMethod, String> wanted = new LinkedHashMap<>();
    for (InferredMethod m : methods) {
      if (m.wantsMightSleep()) {
        wanted.put(m, MIGHT_SLEEP);
      } else if (!m.mightSleep() && !m.declaredMightSleep() && !m.declaredNoSleep() && noSleepAsked.test(m)) {
        wanted.put(m, NO_SLEEP);
      }
    }
    if (wanted.isEmpty()) {
      return new Result(source, List.of(), List.of(), List.of());
    }
    ParseResult<CompilationUnit> parsed = new JavaParser(new ParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)).parse(source);
    if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
      throw new ParseException(parsed.getProblems().isEmpty() ? "cannot parse"
          : parsed.getProblems().get(0).getVerboseMessage());
    }
    CompilationUnit cu = parsed.getResult().get();
    LexicalPreservingPrinter.setup(cu);

    Map<String, List<CallableDeclaration<?>>> byKey = new LinkedHashMap<>();
    for (CallableDeclaration<?> d : cu.findAll(CallableDeclaration.class)) {
      key(d).ifPresent(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(d));
    }
    List<InferredMethod> added = new ArrayList<>();
    List<InferredMethod> addedNoSleep = new ArrayList<>();
    List<InferredMethod> unmatched = new ArrayList<>();
    Set<String> used = new TreeSet<>();
    Map<CallableDeclaration<?>, Boolean> done = new IdentityHashMap<>();
    for (Map.Entry<InferredMethod, String> w : wanted.entrySet()) {
      InferredMethod m = w.getKey();
      CallableDeclaration<?> d = pick(byKey.getOrDefault(key(m), List.of()), m.line());
      if (d == null) {
        if (!inUnnamedClass(cu, m)) {
          unmatched.add(m);
        }
        continue;
      }
      if (done.containsKey(d) || hasSleepAnnotation(d)) {
        continue;
      }
      done.put(d, true);
      String name = w.getValue();
      boolean qualify = otherInScope(cu, name);
      d.getAnnotations().addFirst(new MarkerAnnotationExpr(qualify ? PACKAGE + "." + name : name));
      if (!qualify && !imported(cu, name)) {
        used.add(PACKAGE + "." + name);
      }
      (name.equals(MIGHT_SLEEP) ? added : addedNoSleep).add(m);
    }
    if (added.isEmpty() && addedNoSleep.isEmpty()) {
      return new Result(source, List.of(), List.of(), List.copyOf(unmatched));
    }
    String text = LexicalPreservingPrinter.print(cu);
    if (!used.isEmpty()) {
      text = addImports(text, cu, List.copyOf(used));
    }
    return new Result(text, List.copyOf(added), List.copyOf(addedNoSleep), List.copyOf(unmatched));
  }

  /**
   * The one declaration among those with the key whose lines hold the analyzer's {@code line}
   * (which also keeps a local class's method off a top-level class of the same simple name).
   */
  private static CallableDeclaration<?> pick(List<CallableDeclaration<?>> candidates, int line) {
    if (line <= 0) {
      return candidates.size() == 1 ? candidates.get(0) : null;
    }
    CallableDeclaration<?> found = null;
    for (CallableDeclaration<?> d : candidates) {
      if (d.getRange().isPresent() && d.getRange().get().begin.line <= line
          && line <= d.getRange().get().end.line) {
        if (found != null) {
          return null;
        }
        found = d;
      }
    }
    return found;
  }

  /** A declaration of an anonymous or local class at the analyzer's line: left alone on purpose. */
  private static boolean inUnnamedClass(CompilationUnit cu, InferredMethod m) {
    for (CallableDeclaration<?> d : cu.findAll(CallableDeclaration.class)) {
      boolean named = m.constructor() ? d instanceof ConstructorDeclaration
          : d instanceof MethodDeclaration && d.getNameAsString().equals(m.name());
      if (named && key(d).isEmpty() && d.getRange().isPresent()
          && d.getRange().get().begin.line <= m.line() && m.line() <= d.getRange().get().end.line) {
        return true;
      }
    }
    return false;
  }

  static String key(InferredMethod m) {
    List<String> simple = new ArrayList<>();
    m.params().forEach(p -> simple.add(InferredMethod.simpleName(p)));
    return m.className() + "#" + (m.constructor() ? "<init>" : m.name()) + "("
        + String.join(",", simple) + ")";
  }

  /** The same key for a declaration in a class the sources can name; none in anonymous or local classes. */
  static Optional<String> key(CallableDeclaration<?> d) {
    if (!(d instanceof MethodDeclaration) && !(d instanceof ConstructorDeclaration)) {
      return Optional.empty();
    }
    Optional<String> cls = qualifiedName(d.getParentNode().orElse(null));
    if (cls.isEmpty()) {
      return Optional.empty();
    }
    List<String> params = new ArrayList<>();
    for (Parameter p : d.getParameters()) {
      params.add(simpleType(p.getType(), d) + (p.isVarArgs() ? "[]" : ""));
    }
    String name = d instanceof ConstructorDeclaration ? "<init>" : d.getNameAsString();
    return Optional.of(cls.get() + "#" + name + "(" + String.join(",", params) + ")");
  }

  /** {@code pkg.Outer.Inner} for a member type chain up to the compilation unit; else none. */
  private static Optional<String> qualifiedName(Node type) {
    List<String> names = new ArrayList<>();
    Node n = type;
    while (n instanceof TypeDeclaration<?> td) {
      names.add(0, td.getNameAsString());
      n = td.getParentNode().orElse(null);
    }
    if (names.isEmpty() || !(n instanceof CompilationUnit cu)) {
      return Optional.empty(); // anonymous class body, local class, enum constant body
    }
    cu.getPackageDeclaration().ifPresent(p -> names.add(0, p.getNameAsString()));
    return Optional.of(String.join(".", names));
  }

  /** The simple name of a parameter type's erasure. */
  private static String simpleType(Type t, Node context) {
    if (t instanceof ArrayType a) {
      return simpleType(a.getComponentType(), context) + "[]";
    }
    if (t instanceof PrimitiveType) {
      return t.asString();
    }
    if (t instanceof ClassOrInterfaceType c) {
      String name = c.getName().getIdentifier();
      if (c.getScope().isEmpty()) {
        TypeParameter variable = typeVariable(name, context);
        if (variable != null) {
          NodeList<ClassOrInterfaceType> bounds = variable.getTypeBound();
          return bounds.isEmpty() ? "Object"
              : simpleType(bounds.get(0), variable.getParentNode().orElse(context));
        }
      }
      return name;
    }
    return t.asString();
  }

  /** The type parameter a simple name means at this place, innermost first. */
  private static TypeParameter typeVariable(String name, Node context) {
    for (Node n = context; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof NodeWithTypeParameters<?> generic) {
        for (TypeParameter p : generic.getTypeParameters()) {
          if (p.getNameAsString().equals(name)) {
            return p;
          }
        }
      }
    }
    return null;
  }

  private static boolean hasSleepAnnotation(CallableDeclaration<?> d) {
    for (AnnotationExpr a : d.getAnnotations()) {
      String id = a.getName().getIdentifier();
      if (id.equals(MIGHT_SLEEP) || id.equals(NO_SLEEP)) {
        return true;
      }
    }
    return false;
  }

  /** Another type of that simple name imported or declared here: then the annotation is written qualified. */
  private static boolean otherInScope(CompilationUnit cu, String name) {
    for (ImportDeclaration i : cu.getImports()) {
      if (!i.isAsterisk() && !i.isStatic() && i.getName().getIdentifier().equals(name)
          && !i.getNameAsString().equals(PACKAGE + "." + name)) {
        return true;
      }
    }
    return cu.findFirst(TypeDeclaration.class, t -> t.getNameAsString().equals(name)).isPresent();
  }

  /** Already visible by its simple name: imported itself or by {@code dev.drivercheck.annotations.*}, or same package. */
  private static boolean imported(CompilationUnit cu, String name) {
    if (cu.getPackageDeclaration().map(p -> p.getNameAsString().equals(PACKAGE)).orElse(false)) {
      return true;
    }
    for (ImportDeclaration i : cu.getImports()) {
      if (i.isStatic()) {
        continue;
      }
      if (i.isAsterisk() ? i.getNameAsString().equals(PACKAGE)
          : i.getNameAsString().equals(PACKAGE + "." + name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds the imports as lines of their own: each among the other imports in name order where they
   * are sorted (after the last one that sorts before it, else before the first), after the package
   * declaration with a blank line either side when there are none, else at the top. The text before
   * the first type is what the parser saw, so its line numbers hold.
   */
  private static String addImports(String text, CompilationUnit cu, List<String> names) {
    String nl = text.contains("\r\n") ? "\r\n" : text.contains("\n") ? "\n"
        : text.contains("\r") ? "\r" : "\n";
    List<String> lines = new ArrayList<>(List.of(text.split("\r\n|\n|\r", -1)));
    List<ImportDeclaration> regular = cu.getImports().stream().filter(i -> !i.isStatic()).toList();
    if (!regular.isEmpty()) {
      // where each goes in the original lines; inserted bottom up so the indexes hold
      List<int[]> at = new ArrayList<>();
      for (int n = 0; n < names.size(); n++) {
        ImportDeclaration after = null;
        for (ImportDeclaration i : regular) {
          if (i.getNameAsString().compareTo(names.get(n)) < 0) {
            after = i;
          }
        }
        at.add(new int[] {after != null ? endLine(after) : beginLine(regular.get(0)) - 1, n});
      }
      at.sort((x, y) -> x[0] != y[0] ? Integer.compare(y[0], x[0]) : Integer.compare(y[1], x[1]));
      for (int[] a : at) {
        lines.add(a[0], "import " + names.get(a[1]) + ";");
      }
      return String.join(nl, lines);
    }
    List<String> block = names.stream().map(q -> "import " + q + ";").toList();
    if (!cu.getImports().isEmpty()) {
      lines.addAll(endLine(cu.getImports().get(cu.getImports().size() - 1)), block);
    } else if (cu.getPackageDeclaration().isPresent()) {
      int at = endLine(cu.getPackageDeclaration().get());
      lines.add(at, "");
      lines.addAll(at + 1, block);
      int next = at + 1 + block.size();
      if (next < lines.size() && !lines.get(next).isBlank()) {
        lines.add(next, "");
      }
    } else {
      int at = cu.getTypes().isEmpty() ? 1 : beginLine(cu.getTypes().get(0).getComment()
          .map(c -> (Node) c).orElse(cu.getTypes().get(0)));
      lines.addAll(at - 1, block);
      lines.add(at - 1 + block.size(), "");
    }
    return String.join(nl, lines);
  }

  private static int beginLine(Node n) {
    return n.getRange().map(r -> r.begin.line).orElse(1);
  }

  private static int endLine(Node n) {
    return n.getRange().map(r -> r.end.line).orElse(0);
  }
}
