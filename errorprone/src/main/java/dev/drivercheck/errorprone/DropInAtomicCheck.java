package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code DropInAtomic} rule as an Error Prone check. */
@BugPattern(name = "DropInAtomic", summary = "a final drop in atomic context whose destructor may sleep",
    severity = ERROR, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "DropInAtomic.md")
public final class DropInAtomicCheck extends DriverCheckBugChecker {}
