package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code WwMissingContext} rule as an Error Prone check. */
@BugPattern(name = "WwMissingContext", summary = "a second ww lock of one class taken without an acquire context",
    severity = ERROR, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "WwMissingContext.md")
public final class WwMissingContextCheck extends DriverCheckBugChecker {}
