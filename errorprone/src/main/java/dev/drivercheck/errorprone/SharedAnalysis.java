package dev.drivercheck.errorprone;

import com.sun.tools.javac.code.Kinds;
import com.sun.tools.javac.comp.AttrContext;
import com.sun.tools.javac.comp.Enter;
import com.sun.tools.javac.comp.Env;
import com.sun.tools.javac.main.JavaCompiler;
import com.sun.tools.javac.tree.JCTree.JCClassDecl;
import com.sun.tools.javac.util.Context;
import dev.drivercheck.engine.CompilationAnalysis;
import dev.drivercheck.plugin.Options;
import dev.drivercheck.report.Finding;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * The whole-program analysis of one compilation, run once and shared by every DriverCheck check
 * (kept in javac's {@link Context}, so parallel or successive compilations never share one).
 *
 * <p>It runs at the first match of any DriverCheck check. Error Prone runs after javac's flow
 * stage of a compilation unit, and under {@code -XDcompilePolicy=simple} (which Error Prone
 * requires) javac has attributed every class before it flows any, and lowers none before all are
 * flowed: so at that point every class of the compilation has attributed, intact trees. They are
 * scanned in a fixed order (file URI, then position), then the rules run once, and each check
 * afterwards only picks its findings for the compilation unit at hand.
 */
final class SharedAnalysis {
  private static final Context.Key<SharedAnalysis> KEY = new Context.Key<>();

  /** A message with no source position (whole-program crash): reported once, at the first unit. */
  private final List<String> errors;
  /** Findings (InternalError ones included) and skipped-class warnings, by file. */
  private final Map<URI, List<Finding>> findings = new HashMap<>();
  private final Map<URI, List<String>> skipped = new HashMap<>();
  private boolean errorsTaken;

  private SharedAnalysis(Context context) {
    List<String> problems;
    try {
      problems = analyze(context);
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError ex) {
      // Never an exception out of a check (Error Prone would fail the build with it): one diagnostic.
      findings.clear();
      skipped.clear();
      problems = List.of("[InternalError] DriverCheck internal error while collecting the compilation's classes: "
          + ex + "; no findings could be reported for this compilation (please report it)");
    }
    errors = problems;
  }

  private List<String> analyze(Context context) {
    CompilationAnalysis analysis = new CompilationAnalysis(context, Options.DEFAULTS);
    JavaCompiler compiler = JavaCompiler.instance(context);
    for (Env<AttrContext> env : topLevelClasses(context)) {
      // A no-op under compilePolicy=simple; attributes a class javac has not reached yet otherwise.
      compiler.attribute(env);
      JCClassDecl decl = (JCClassDecl) env.tree;
      String problem = analysis.scan(env.toplevel, decl.sym);
      if (problem != null) {
        skipped.computeIfAbsent(env.toplevel.sourcefile.toUri(), k -> new ArrayList<>()).add(problem);
      }
    }
    CompilationAnalysis.Result result = analysis.finish();
    for (Finding f : result.findings()) {
      findings.computeIfAbsent(f.position().file().toUri(), k -> new ArrayList<>()).add(f);
    }
    return result.errors();
  }

  /** The compilation's analysis, computed at the first call. */
  static synchronized SharedAnalysis instance(Context context) {
    SharedAnalysis shared = context.get(KEY);
    if (shared == null) {
      shared = new SharedAnalysis(context);
      context.put(KEY, shared);
    }
    return shared;
  }

  /** Every top-level class javac entered from source in this compilation, by file, then position. */
  private static List<Env<AttrContext>> topLevelClasses(Context context) {
    List<Env<AttrContext>> tops = new ArrayList<>();
    for (Env<AttrContext> env : Enter.instance(context).getEnvs()) {
      if (env.tree instanceof JCClassDecl decl && decl.sym != null && decl.sym.owner.kind == Kinds.Kind.PCK
          && env.toplevel != null && env.toplevel.sourcefile != null
          && env.toplevel.sourcefile.getKind() == JavaFileObject.Kind.SOURCE) {
        tops.add(env);
      }
    }
    tops.sort(Comparator.<Env<AttrContext>, String>comparing(e -> e.toplevel.sourcefile.toUri().toString())
        .thenComparingInt(e -> e.tree.pos));
    return tops;
  }

  /** The findings of one rule in one file, sorted. */
  List<Finding> findings(JavaFileObject file, String rule) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings.getOrDefault(file.toUri(), List.of())) {
      if (f.rule().equals(rule)) {
        out.add(f);
      }
    }
    return out;
  }

  /** Classes of this file the analyzer had to skip (internal errors). */
  List<String> skipped(JavaFileObject file) {
    return skipped.getOrDefault(file.toUri(), List.of());
  }

  /** The position-less errors, the first time only. */
  synchronized List<String> takeErrors() {
    if (errorsTaken) {
      return List.of();
    }
    errorsTaken = true;
    return errors;
  }
}
