package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code LockClassKeyNotStatic} rule as an Error Prone check. */
@BugPattern(name = "LockClassKeyNotStatic", summary = "a lock class key created outside a static final field",
    severity = WARNING, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "LockClassKeyNotStatic.md")
public final class LockClassKeyNotStaticCheck extends DriverCheckBugChecker {}
