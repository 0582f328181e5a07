package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code WwContextMisuse} rule as an Error Prone check. */
@BugPattern(name = "WwContextMisuse", summary = "an acquire context used against its life cycle, or with a mutex of another ww class",
    severity = ERROR, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "WwContextMisuse.md")
public final class WwContextMisuseCheck extends DriverCheckBugChecker {}
