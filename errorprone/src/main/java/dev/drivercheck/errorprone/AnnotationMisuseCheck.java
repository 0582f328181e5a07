package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code AnnotationMisuse} rule as an Error Prone check. */
@BugPattern(name = "AnnotationMisuse", summary = "an annotation the analyzer cannot honor (contradiction, bad lock expression, wrong target)",
    severity = ERROR, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "AnnotationMisuse.md")
public final class AnnotationMisuseCheck extends DriverCheckBugChecker {}
