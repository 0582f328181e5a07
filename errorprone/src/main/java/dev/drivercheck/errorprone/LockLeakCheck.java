package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code LockLeak} rule as an Error Prone check. */
@BugPattern(name = "LockLeak", summary = "a lock acquired and not released on some path out of the method",
    severity = ERROR, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "LockLeak.md")
public final class LockLeakCheck extends DriverCheckBugChecker {}
