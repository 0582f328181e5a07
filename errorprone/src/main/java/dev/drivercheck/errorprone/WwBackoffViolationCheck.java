package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code WwBackoffViolation} rule as an Error Prone check. */
@BugPattern(name = "WwBackoffViolation", summary = "a wrong back-off on -EDEADLK (lockSlow with locks held, on another mutex, or without -EDEADLK)",
    severity = ERROR, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "WwBackoffViolation.md")
public final class WwBackoffViolationCheck extends DriverCheckBugChecker {}
