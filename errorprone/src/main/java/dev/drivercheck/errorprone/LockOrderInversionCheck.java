package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code LockOrderInversion} rule as an Error Prone check. */
@BugPattern(name = "LockOrderInversion", summary = "lock classes taken in an order that forms a cycle (possible ABBA deadlock)",
    severity = ERROR, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "LockOrderInversion.md")
public final class LockOrderInversionCheck extends DriverCheckBugChecker {}
