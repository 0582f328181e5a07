package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code NoSleepViolated} rule as an Error Prone check. */
@BugPattern(name = "NoSleepViolated", summary = "a @NoSleep method, or a callback run in atomic context, that may sleep",
    severity = ERROR, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "NoSleepViolated.md")
public final class NoSleepViolatedCheck extends DriverCheckBugChecker {}
