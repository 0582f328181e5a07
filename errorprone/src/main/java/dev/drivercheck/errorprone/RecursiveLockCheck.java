package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code RecursiveLock} rule as an Error Prone check. */
@BugPattern(name = "RecursiveLock", summary = "a lock class taken while it is already held (AA deadlock)",
    severity = ERROR, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "RecursiveLock.md")
public final class RecursiveLockCheck extends DriverCheckBugChecker {}
