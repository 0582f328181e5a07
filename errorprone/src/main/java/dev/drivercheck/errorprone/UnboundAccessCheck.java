package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code UnboundAccess} rule as an Error Prone check. */
@BugPattern(name = "UnboundAccess", summary = "a @RequiresBound call reachable where the device may not be bound",
    severity = ERROR, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "UnboundAccess.md")
public final class UnboundAccessCheck extends DriverCheckBugChecker {}
