package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code BorrowEscape} rule as an Error Prone check. */
@BugPattern(name = "BorrowEscape",
    summary = "a borrowed counted reference stored into a field, collection or capture without @IncRef",
    severity = ERROR, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "BorrowEscape.md")
public final class BorrowEscapeCheck extends DriverCheckBugChecker {}
