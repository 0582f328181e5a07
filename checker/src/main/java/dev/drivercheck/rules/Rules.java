package dev.drivercheck.rules;

import java.util.List;

/** The rules, in the order their findings are computed (output is sorted by position anyway). */
public final class Rules {
  private Rules() {}

  public static List<Rule> all() {
    return List.of(new AnnotationMisuse(), new SleepInAtomic(), new DropInAtomic(), new NoSleepViolated(),
        new LockOrderInversion(), new RecursiveLock(), new IrqUnsafeLock(), new LockLeak(), new UnlockNotHeld(),
        new LockNotHeld(), new LockClassKeyNotStatic(), new WwMissingContext(), new WwDeadlockIgnored(),
        new WwBackoffViolation(), new WwContextMisuse(), new PinnedMove(), new PinnedNotInPlace(),
        new PinnedStructural(), new RequiresPinned(), new DevmEscape(), new DrmmEscape(), new UnplugNotFirst(),
        new UnboundAccess(), new RefLeak(), new RefDoubleRelease(), new RefUseAfterRelease(),
        new BorrowEscape());
  }
}
