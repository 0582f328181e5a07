package dev.drivercheck.cli;

import dev.drivercheck.cli.format.Finding;
import dev.drivercheck.graph.LockGraphModel;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What one check produced.
 *
 * @param fileCount the source files given to javac
 * @param findings DriverCheck findings, sorted (file, line, column, rule)
 * @param compileErrors javac's own errors in the checked code, in the same order
 * @param failedFiles the files with compile errors (shown paths): DriverCheck could not analyze them
 * @param toolErrors errors with no source file (plugin missing or misconfigured, bad javac option)
 * @param reported the findings as the analyzer wrote them to its findings file (ranges, evidence
 *     places; without fingerprints), when the runner asked for them; null when it did not ask,
 *     or when a run wrote no findings file (the analyzer did not finish)
 * @param graphs the lock-class graphs the analyzer wrote, one per javac run, when asked for
 */
record CheckResult(int fileCount, List<Diag> findings, List<Diag> compileErrors,
    SortedSet<String> failedFiles, List<String> toolErrors, List<Finding> reported,
    List<LockGraphModel> graphs) {

  CheckResult(int fileCount, List<Diag> findings, List<Diag> compileErrors,
      SortedSet<String> failedFiles, List<String> toolErrors) {
    this(fileCount, findings, compileErrors, failedFiles, toolErrors, null, List.of());
  }

  static final int EXIT_CLEAN = 0;
  static final int EXIT_FINDINGS = 1;
  static final int EXIT_USAGE = 2;

  /** Nothing yet: the start of a merge ({@link #plus}), with an empty list of findings read. */
  static CheckResult empty() {
    return new CheckResult(0, List.of(), List.of(), new TreeSet<>(), List.of(), List.of(),
        List.of());
  }

  CheckResult withReports(List<Finding> reported, List<LockGraphModel> graphs) {
    return new CheckResult(fileCount, findings, compileErrors, failedFiles, toolErrors, reported,
        graphs);
  }

  CheckResult withToolErrors(List<String> toolErrors) {
    return new CheckResult(fileCount, findings, compileErrors, failedFiles, toolErrors, reported,
        graphs);
  }

  int analyzedFiles() {
    return fileCount - failedFiles.size();
  }

  long errorCount() {
    return findings.stream().filter(Diag::isError).count();
  }

  /** 2 when anything could not be analyzed, else 1 for any finding, else 0. */
  int exitCode() {
    if (!toolErrors.isEmpty() || !failedFiles.isEmpty()) {
      return EXIT_USAGE;
    }
    return findings.isEmpty() ? EXIT_CLEAN : EXIT_FINDINGS;
  }

  CheckResult plus(CheckResult o) {
    List<Diag> f = new ArrayList<>(findings);
    f.addAll(o.findings);
    f.sort(Diag.ORDER);
    List<Diag> e = new ArrayList<>(compileErrors);
    e.addAll(o.compileErrors);
    e.sort(Diag.ORDER);
    SortedSet<String> failed = new TreeSet<>(failedFiles);
    failed.addAll(o.failedFiles);
    List<String> tool = new ArrayList<>(toolErrors);
    o.toolErrors.stream().filter(t -> !tool.contains(t)).forEach(tool::add);
    List<Finding> read = null;
    if (reported != null && o.reported != null) {
      List<Finding> r = new ArrayList<>(reported);
      r.addAll(o.reported);
      r.sort(Finding.ORDER);
      read = List.copyOf(r);
    }
    List<LockGraphModel> g = new ArrayList<>(graphs);
    g.addAll(o.graphs);
    return new CheckResult(fileCount + o.fileCount, List.copyOf(f), List.copyOf(e), failed,
        List.copyOf(tool), read, List.copyOf(g));
  }
}
