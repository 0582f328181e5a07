package dev.drivercheck.cli.format;

import dev.drivercheck.graph.LockGraphModel;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a report format renders about one check.
 *
 * @param match the findings, sorted against the baseline (all new without one)
 * @param baselineUsed whether a baseline was given
 * @param analyzedFiles source files that compiled and were analyzed
 * @param notAnalyzed files with compile errors (shown paths)
 * @param toolVersion DriverCheck's version
 * @param base the working folder: shown paths are relative to it
 * @param docsBase where the rule pages live ({@code .../docs/rules/}), or null
 * @param graphs lock-class graphs of the analyzed code, for the HTML report
 * @param rules the rule catalog
 * @param sources the checked files' text (excerpts)
 */
public record Report(Baseline.Match match, boolean baselineUsed, int analyzedFiles,
    List<String> notAnalyzed, String toolVersion, Path base, URI docsBase,
    List<LockGraphModel> graphs, RuleCatalog rules, SourceText sources) {

  /** The findings a gate reports: the new ones. */
  public List<Finding> shown() {
    return match.fresh();
  }

  public long errorCount() {
    return shown().stream().filter(Finding::isError).count();
  }

  public long warningCount() {
    return shown().size() - errorCount();
  }

  /** The rule page's URI under {@link #docsBase}, or null. */
  public URI helpUri(String rule) {
    return docsBase == null ? null : docsBase.resolve(rule + ".md");
  }
}
