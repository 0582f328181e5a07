package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code RefLeak} rule as an Error Prone check. */
@BugPattern(name = "RefLeak", summary = "an owned counted reference neither released nor handed on on some path",
    severity = ERROR, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "RefLeak.md")
public final class RefLeakCheck extends DriverCheckBugChecker {}
