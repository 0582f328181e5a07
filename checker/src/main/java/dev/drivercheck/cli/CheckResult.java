package dev.drivercheck.cli;

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
 */
record CheckResult(int fileCount, List<Diag> findings, List<Diag> compileErrors,
    SortedSet<String> failedFiles, List<String> toolErrors) {

  static final int EXIT_CLEAN = 0;
  static final int EXIT_FINDINGS = 1;
  static final int EXIT_USAGE = 2;

  static CheckResult empty() {
    return new CheckResult(0, List.of(), List.of(), new TreeSet<>(), List.of());
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
    return new CheckResult(fileCount + o.fileCount, List.copyOf(f), List.copyOf(e), failed,
        List.copyOf(tool));
  }
}
