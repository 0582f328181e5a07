package dev.drivercheck.engine;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.model.JavacElements;
import com.sun.tools.javac.model.JavacTypes;
import com.sun.tools.javac.processing.JavacProcessingEnvironment;
import com.sun.tools.javac.util.Context;
import dev.drivercheck.facts.Facts;
import dev.drivercheck.plugin.Options;
import dev.drivercheck.report.Finding;
import dev.drivercheck.report.LockGraphJson;
import dev.drivercheck.rules.Analysis;
import dev.drivercheck.rules.Rule;
import dev.drivercheck.rules.Rules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * The analysis of one compilation, independent of how it is driven: scan each top-level class
 * (facts and per-body flow, while its trees are intact), then {@link #finish()} once to run the
 * whole-program stages and the rules. The javac plugin ({@link Engine}) drives it from task events;
 * the Error Prone adapter scans every class of the compilation at its first match. Neither reports
 * anything from here: scanning and finishing return what is to be reported.
 */
public final class CompilationAnalysis {
  private final Options options;
  private final Trees trees;
  private final JavacProcessingEnvironment env;
  private final com.sun.tools.javac.code.Types javacTypes;
  private final Program program;

  public CompilationAnalysis(Context context, Options options) {
    this.options = options;
    this.trees = JavacTrees.instance(context);
    this.env = JavacProcessingEnvironment.instance(context);
    this.javacTypes = com.sun.tools.javac.code.Types.instance(context);
    this.program = new Program(new Facts(JavacElements.instance(context), JavacTypes.instance(context)));
  }

  /**
   * What one compilation reports.
   *
   * @param errors messages without a position (files that could not be written, a whole-program
   *     crash), reported before the findings
   * @param findings the unsuppressed findings, one per rule, place and message, sorted
   */
  public record Result(List<String> errors, List<Finding> findings) {}

  /**
   * Scans one top-level class. Returns null, or the message of the one {@code [InternalError]}
   * warning to report when the class had to be skipped (rethrown with failOnInternalError).
   */
  public String scan(CompilationUnitTree cu, TypeElement type) {
    TreePath path = trees.getPath(type);
    if (path == null) {
      return null;
    }
    try {
      new ClassScanner(program, program.facts(), env, trees, javacTypes, cu, options.failOnInternalError())
          .scan(path, null);
      return null;
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError ex) {
      if (options.failOnInternalError()) {
        throw ex;
      }
      // Outside any one body (a class that does not attribute cleanly): one diagnostic, and on.
      return "[InternalError] DriverCheck internal error while scanning " + type.getQualifiedName() + ": " + ex
          + "; this class was skipped (please report it)";
    }
  }

  /** Runs the whole-program stages and every rule over what was scanned; call once. */
  public Result finish() {
    List<String> errors = new ArrayList<>();
    List<Finding> all = new ArrayList<>(program.earlyFindings());
    try {
      Analysis analysis = Analysis.of(program);
      for (Rule rule : Rules.all()) {
        rule.check(analysis, all);
      }
      if (options.lockGraph() != null) {
        try {
          LockGraphJson.write(analysis.graph(), options.lockGraph());
        } catch (java.io.IOException e) {
          errors.add("DriverCheck could not write the lock graph to " + options.lockGraph() + ": " + e.getMessage());
        }
      }
      if (options.inferred() != null) {
        try {
          dev.drivercheck.report.InferredJson.write(analysis, options.inferred());
        } catch (java.io.IOException e) {
          errors.add("DriverCheck could not write what it inferred to " + options.inferred() + ": " + e.getMessage());
        }
      }
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError ex) {
      if (options.failOnInternalError()) {
        throw ex;
      }
      errors.add("[InternalError] DriverCheck internal error in the whole-program stage: " + ex
          + "; no findings could be reported for this compilation (please report it)");
      return new Result(List.copyOf(errors), List.of());
    }
    List<Finding> results = unique(all);
    if (options.findings() != null) {
      try {
        dev.drivercheck.report.FindingsJson.write(results, options.findings());
      } catch (java.io.IOException e) {
        errors.add("DriverCheck could not write the findings to " + options.findings() + ": " + e.getMessage());
      }
    }
    return new Result(List.copyOf(errors), List.copyOf(results));
  }

  /** Unsuppressed findings, sorted; finally blocks are copied once per exit path by the CFG: one per rule and place. */
  private static List<Finding> unique(List<Finding> all) {
    Map<String, Finding> unique = new LinkedHashMap<>();
    for (Finding f : all) {
      if (!f.suppressed()) {
        unique.putIfAbsent(f.rule() + "@" + f.position().file().getName() + ":" + f.position().preferred()
            + ":" + f.message(), f);
      }
    }
    List<Finding> results = new ArrayList<>(unique.values());
    results.sort(null);
    return results;
  }
}
