package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code SleepInAtomic} rule as an Error Prone check. */
@BugPattern(name = "SleepInAtomic", summary = "a call that may sleep in atomic context (spinlock, RCU, IRQ handler)",
    severity = ERROR, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "SleepInAtomic.md")
public final class SleepInAtomicCheck extends DriverCheckBugChecker {}
