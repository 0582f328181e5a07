package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code WwDeadlockIgnored} rule as an Error Prone check. */
@BugPattern(name = "WwDeadlockIgnored", summary = "a ww lock status that may be -EDEADLK, neither backed off nor returned",
    severity = ERROR, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "WwDeadlockIgnored.md")
public final class WwDeadlockIgnoredCheck extends DriverCheckBugChecker {}
