package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code UnplugNotFirst} rule as an Error Prone check. */
@BugPattern(name = "UnplugNotFirst", summary = "a remove() whose first effect is not the @Unplug call",
    severity = ERROR, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "UnplugNotFirst.md")
public final class UnplugNotFirstCheck extends DriverCheckBugChecker {}
