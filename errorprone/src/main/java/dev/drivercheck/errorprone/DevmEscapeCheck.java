package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code DevmEscape} rule as an Error Prone check. */
@BugPattern(name = "DevmEscape", summary = "a @DevmScoped value stored where it can outlive the device binding",
    severity = ERROR, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "DevmEscape.md")
public final class DevmEscapeCheck extends DriverCheckBugChecker {}
