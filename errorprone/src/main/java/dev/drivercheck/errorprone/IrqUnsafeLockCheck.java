package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code IrqUnsafeLock} rule as an Error Prone check. */
@BugPattern(name = "IrqUnsafeLock", summary = "a lock taken in IRQ context and elsewhere with interrupts enabled",
    severity = ERROR, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "IrqUnsafeLock.md")
public final class IrqUnsafeLockCheck extends DriverCheckBugChecker {}
