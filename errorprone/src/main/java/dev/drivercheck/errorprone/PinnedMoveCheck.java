package dev.drivercheck.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;

/** DriverCheck's {@code PinnedMove} rule as an Error Prone check. */
@BugPattern(name = "PinnedMove", summary = "a @Pinned value moved, cloned or copied",
    severity = ERROR, linkType = LinkType.CUSTOM, link = DriverCheckBugChecker.DOCS + "PinnedMove.md")
public final class PinnedMoveCheck extends DriverCheckBugChecker {}
