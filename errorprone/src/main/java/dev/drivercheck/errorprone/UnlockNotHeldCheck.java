package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code UnlockNotHeld} rule as an Error Prone check. */
@BugPattern(name = "UnlockNotHeld", summary = "releasing a lock that is not held (double unlock)",
    severity = ERROR, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "UnlockNotHeld.md")
public final class UnlockNotHeldCheck extends DriverCheckBugChecker {}
