package dev.drivercheck.engine;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.tools.javac.api.BasicJavacTask;
import com.sun.tools.javac.util.Context;
import dev.drivercheck.plugin.Options;
import dev.drivercheck.report.JavacReporter;
import java.util.HashMap;
import java.util.HashSet;
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
  private final Context context;
  private final CompilationAnalysis analysis;
  private final Map<JavaFileObject, Integer> expected = new HashMap<>();
  private final Set<TypeElement> analyzed = new HashSet<>();
  private boolean finished;

  public Engine(JavacTask task, Options options) {
    this.context = ((BasicJavacTask) task).getContext();
    this.analysis = new CompilationAnalysis(context, options);
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
    String problem = analysis.scan(cu, type);
    if (problem != null) {
      new JavacReporter(context).warning(problem);
    }
  }

  private void finish() {
    if (finished) {
      return;
    }
    finished = true;
    CompilationAnalysis.Result result = analysis.finish();
    JavacReporter reporter = new JavacReporter(context);
    for (String error : result.errors()) {
      reporter.error(error);
    }
    reporter.report(result.findings());
  }
}
