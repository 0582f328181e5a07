package dev.drivercheck.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import dev.drivercheck.report.Finding;
import dev.drivercheck.report.JavacReporter;
import java.util.Optional;

/**
 * One DriverCheck rule as an Error Prone check: the subclass only carries the {@code @BugPattern}
 * (name = the rule's name). For each compilation unit it reports that rule's findings of the
 * shared whole-program analysis ({@link SharedAnalysis}), so Error Prone's {@code -Xep:Rule:OFF|WARN|ERROR}
 * and {@code -XepDisableAllChecks} apply as to any check. {@code @SuppressWarnings("Rule")} is
 * honoured by the analysis itself, as with the plugin.
 *
 * <p>The flag {@code -XepOpt:DriverCheck:DocsBaseUri=URI} (where this repository's
 * {@code docs/rules/} is published, ending in {@code /}) makes the "see" links absolute.
 */
public abstract class DriverCheckBugChecker extends BugChecker implements CompilationUnitTreeMatcher {

  /** The link of every check: the rule's page, relative to the repository (as SARIF without a base URI). */
  static final String DOCS = "docs/rules/";

  /** Error Prone flag naming where docs/rules/ is published. */
  static final String DOCS_BASE_FLAG = "DriverCheck:DocsBaseUri";

  @Override
  public Description matchCompilationUnit(CompilationUnitTree tree, VisitorState state) {
    SharedAnalysis shared = SharedAnalysis.instance(state.context);
    Optional<String> base = state.errorProneOptions().getFlags().get(DOCS_BASE_FLAG);
    for (Finding f : shared.findings(tree.getSourceFile(), canonicalName())) {
      Description.Builder d = buildDescription(new JavacReporter.Range(f.position())).setMessage(message(f));
      if (f.severity() == dev.drivercheck.report.Severity.WARNING
          && defaultSeverity() == com.google.errorprone.BugPattern.SeverityLevel.ERROR) {
        // a rule with a milder form (RefLeak's owned field): Error Prone's flags still override it
        d.overrideSeverity(com.google.errorprone.BugPattern.SeverityLevel.WARNING);
      }
      base.ifPresent(b -> d.setLinkUrl(b + canonicalName() + ".md"));
      state.reportMatch(d.build());
    }
    return Description.NO_MATCH;
  }

  /** The plugin's diagnostic text without its {@code [Rule] } prefix (Error Prone adds it). */
  static String message(Finding f) {
    String text = f.text();
    String prefix = "[" + f.rule() + "] ";
    return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
  }
}
