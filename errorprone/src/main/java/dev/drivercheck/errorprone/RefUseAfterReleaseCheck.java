package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code RefUseAfterRelease} rule as an Error Prone check. */
@BugPattern(name = "RefUseAfterRelease", summary = "using a counted reference after its release",
    severity = ERROR, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "RefUseAfterRelease.md")
public final class RefUseAfterReleaseCheck extends DriverCheckBugChecker {}
