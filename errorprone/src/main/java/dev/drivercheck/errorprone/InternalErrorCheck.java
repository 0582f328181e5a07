package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.VisitorState;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;

/**
 * The analyzer's own failures, as the plugin's {@code [InternalError]} diagnostics: a method or
 * class it had to skip (a warning where it is), or a crash of the whole-program stage (one error at
 * the first compilation unit; no other findings then). Never an exception in the user's build.
 */
@BugPattern(name = "InternalError", summary = "DriverCheck could not analyze some code (please report it)",
    severity = WARNING, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "README.md")
public final class InternalErrorCheck extends DriverCheckBugChecker {
  private static final String PREFIX = "[InternalError] ";

  @Override
  public Description matchCompilationUnit(CompilationUnitTree tree, VisitorState state) {
    super.matchCompilationUnit(tree, state);
    SharedAnalysis shared = SharedAnalysis.instance(state.context);
    for (String error : shared.takeErrors()) {
      state.reportMatch(buildDescription(tree).setMessage(strip(error)).overrideSeverity(SeverityLevel.ERROR).build());
    }
    for (String skipped : shared.skipped(tree.getSourceFile())) {
      state.reportMatch(buildDescription(tree).setMessage(strip(skipped)).build());
    }
    return Description.NO_MATCH;
  }

  private static String strip(String message) {
    return message.startsWith(PREFIX) ? message.substring(PREFIX.length()) : message;
  }
}
