package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code PinnedStructural} rule as an Error Prone check. */
@BugPattern(name = "PinnedStructural", summary = "a @Pin field that is not final, reassigned, or in a class that is not @Pinned",
    severity = ERROR, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "PinnedStructural.md")
public final class PinnedStructuralCheck extends DriverCheckBugChecker {}
