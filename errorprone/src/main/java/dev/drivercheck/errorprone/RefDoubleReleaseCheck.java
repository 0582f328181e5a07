package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code RefDoubleRelease} rule as an Error Prone check. */
@BugPattern(name = "RefDoubleRelease", summary = "releasing the same counted reference twice on some path",
    severity = ERROR, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "RefDoubleRelease.md")
public final class RefDoubleReleaseCheck extends DriverCheckBugChecker {}
