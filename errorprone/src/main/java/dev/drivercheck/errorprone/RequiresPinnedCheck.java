package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code RequiresPinned} rule as an Error Prone check. */
@BugPattern(name = "RequiresPinned", summary = "a movable (non-@Pinned) value passed to a @RequiresPinned parameter",
    severity = ERROR, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "RequiresPinned.md")
public final class RequiresPinnedCheck extends DriverCheckBugChecker {}
