package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code PinnedNotInPlace} rule as an Error Prone check. */
@BugPattern(name = "PinnedNotInPlace", summary = "new of a @Pinned class outside a @PinInit context",
    severity = ERROR, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "PinnedNotInPlace.md")
public final class PinnedNotInPlaceCheck extends DriverCheckBugChecker {}
