package dev.drivercheck.engine;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import com.sun.tools.javac.api.BasicJavacTask;
import com.sun.tools.javac.processing.JavacProcessingEnvironment;
import com.sun.tools.javac.util.Context;
import dev.drivercheck.facts.Facts;
import dev.drivercheck.plugin.Options;
import dev.drivercheck.report.Finding;
import dev.drivercheck.report.JavacReporter;
import dev.drivercheck.report.LockGraphJson;
import dev.drivercheck.rules.Analysis;
import dev.drivercheck.rules.Rule;
import dev.drivercheck.rules.Rules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * One engine per compilation, flowing one way: each top-level class is scanned right after javac
 * analyzes it (facts and per-body flow, while its trees are intact), and when the last class has
 * been seen the whole-program stages run (summaries, contexts, rules) and the findings are
 * reported, sorted, as javac diagnostics. Reporting only at the end means no early error stops
 * javac before every class is seen.
 */
public final class Engine implements TaskListener {
  private final Options options;
  private final Context context;
  private final Trees trees;
  private final JavacProcessingEnvironment env;
  private final com.sun.tools.javac.code.Types javacTypes;
  private final Program program;
  private final Map<JavaFileObject, Integer> expected = new HashMap<>();
  private final Set<TypeElement> analyzed = new HashSet<>();
  private boolean finished;

  public Engine(JavacTask task, Options options) {
    this.options = options;
    this.context = ((BasicJavacTask) task).getContext();
    this.trees = Trees.instance(task);
    this.env = JavacProcessingEnvironment.instance(context);
    this.javacTypes = com.sun.tools.javac.code.Types.instance(context);
    this.program = new Program(new Facts(task.getElements(), task.getTypes()));
  }

  /** Reports a message with no position (bad options) through javac. */
  public static void printError(JavacTask task, String message) {
    new JavacReporter(((BasicJavacTask) task).getContext()).error(message);
  }

  @Override
  public void finished(TaskEvent e) {
    switch (e.getKind()) {
      case ENTER -> expected.put(e.getSourceFile(), topLevelClasses(e.getCompilationUnit()));
      case ANALYZE -> {
        TypeElement type = e.getTypeElement();
        // package-info and module-info come as ANALYZE events too, but hold no class to analyze.
        JavaFileObject file = e.getSourceFile();
        boolean info = file != null && (file.isNameCompatible("package-info", JavaFileObject.Kind.SOURCE)
            || file.isNameCompatible("module-info", JavaFileObject.Kind.SOURCE));
        if (type != null && !info && analyzed.add(type)) {
          scan(e.getCompilationUnit(), e.getTypeElement());
          if (analyzed.size() >= expected.values().stream().mapToInt(Integer::intValue).sum()) {
            finish();
          }
        }
      }
      case COMPILATION -> finish();
      default -> { }
    }
  }

  private static int topLevelClasses(CompilationUnitTree cu) {
    int n = 0;
    for (Tree t : cu.getTypeDecls()) {
      if (t instanceof ClassTree) {
        n++;
      }
    }
    return n;
  }

  private void scan(CompilationUnitTree cu, TypeElement type) {
    TreePath path = trees.getPath(type);
    if (path == null) {
      return;
    }
    try {
      new ClassScanner(program, program.facts(), env, trees, javacTypes, cu, options.failOnInternalError())
          .scan(path, null);
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError ex) {
      if (options.failOnInternalError()) {
        throw ex;
      }
      // Outside any one body (a class that does not attribute cleanly): one diagnostic, and on.
      new JavacReporter(context).warning("[InternalError] DriverCheck internal error while scanning "
          + type.getQualifiedName() + ": " + ex + "; this class was skipped (please report it)");
    }
  }

  private void finish() {
    if (finished) {
      return;
    }
    finished = true;
    List<Finding> all = new ArrayList<>(program.earlyFindings());
    try {
      Analysis analysis = Analysis.of(program);
      for (Rule rule : Rules.all()) {
        rule.check(analysis, all);
      }
      if (options.lockGraph() != null) {
        writeGraph(analysis);
      }
      if (options.inferred() != null) {
        try {
          dev.drivercheck.report.InferredJson.write(analysis, options.inferred());
        } catch (java.io.IOException e) {
          new JavacReporter(context).error("DriverCheck could not write what it inferred to " + options.inferred()
              + ": " + e.getMessage());
        }
      }
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError ex) {
      if (options.failOnInternalError()) {
        throw ex;
      }
      new JavacReporter(context).error("[InternalError] DriverCheck internal error in the whole-program"
          + " stage: " + ex + "; no findings could be reported for this compilation (please report it)");
      return;
    }
    report(all);
  }

  private void writeGraph(Analysis analysis) {
    try {
      LockGraphJson.write(analysis.graph(), options.lockGraph());
    } catch (java.io.IOException e) {
      new JavacReporter(context).error("DriverCheck could not write the lock graph to " + options.lockGraph()
          + ": " + e.getMessage());
    }
  }

  private void report(List<Finding> all) {
    // Finally blocks are copied once per exit path by the CFG: one finding per rule and place.
    Map<String, Finding> unique = new LinkedHashMap<>();
    for (Finding f : all) {
      if (!f.suppressed()) {
        unique.putIfAbsent(f.rule() + "@" + f.position().file().getName() + ":" + f.position().preferred()
            + ":" + f.message(), f);
      }
    }
    List<Finding> results = new ArrayList<>(unique.values());
    results.sort(null);
    if (options.findings() != null) {
      try {
        dev.drivercheck.report.FindingsJson.write(results, options.findings());
      } catch (java.io.IOException e) {
        new JavacReporter(context).error("DriverCheck could not write the findings to " + options.findings()
            + ": " + e.getMessage());
      }
    }
    new JavacReporter(context).report(results);
  }
}
