package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code DrmmEscape} rule as an Error Prone check. */
@BugPattern(name = "DrmmEscape", summary = "a @DrmmScoped value stored where it can outlive the DRM device",
    severity = ERROR, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "DrmmEscape.md")
public final class DrmmEscapeCheck extends DriverCheckBugChecker {}
