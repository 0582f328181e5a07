package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code LockNotHeld} rule as an Error Prone check. */
@BugPattern(name = "LockNotHeld", summary = "a @Holds method called without its lock, or an @Excludes method called with it",
    severity = ERROR, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "LockNotHeld.md")
public final class LockNotHeldCheck extends DriverCheckBugChecker {}
