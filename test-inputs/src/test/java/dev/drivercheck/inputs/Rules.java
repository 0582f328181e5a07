package dev.drivercheck.inputs;

import java.util.List;
import java.util.Set;

/** The rule names of RULES.md, exactly as they appear in {@code [RuleName]} messages and markers. */
final class Rules {
  private Rules() {}

  /** Context rules (sleeping in atomic context): the {@code context} family. */
  static final List<String> CONTEXT = List.of("SleepInAtomic", "DropInAtomic", "NoSleepViolated");

  /** Lock rules (static lockdep): the {@code lockdep} family. */
  static final List<String> LOCKS = List.of("LockOrderInversion", "RecursiveLock", "IrqUnsafeLock", "LockLeak",
      "UnlockNotHeld", "LockNotHeld", "LockClassKeyNotStatic");

  /** ww_mutex rules: the {@code ww} family. */
  static final List<String> WW = List.of("WwMissingContext", "WwDeadlockIgnored", "WwBackoffViolation",
      "WwContextMisuse");

  /** Pinning rules: the {@code pinning} family. */
  static final List<String> PINNING = List.of("PinnedMove", "PinnedNotInPlace", "PinnedStructural", "RequiresPinned");

  /** Lifetime rules implemented so far: the {@code lifetime} family. */
  static final List<String> LIFETIME = List.of("DevmEscape", "DrmmEscape", "UnplugNotFirst", "UnboundAccess");

  /** Refcount rules: the {@code refcount} family. */
  static final List<String> REFCOUNT = List.of("RefLeak", "RefDoubleRelease", "RefUseAfterRelease", "BorrowEscape");

  /** The families that must hold a positive and a negative case for each of their rules. */
  static final java.util.Map<String, List<String>> FAMILIES = java.util.Map.of("context", CONTEXT, "lockdep", LOCKS,
      "ww", WW, "pinning", PINNING, "lifetime", LIFETIME, "refcount", REFCOUNT);

  /** Every rule of the catalog. A marker naming anything else is a typo and fails the case. */
  static final Set<String> ALL = Set.of(
      // context
      "SleepInAtomic", "DropInAtomic", "NoSleepViolated",
      // lock (lockdep)
      "LockOrderInversion", "RecursiveLock", "IrqUnsafeLock", "LockLeak", "UnlockNotHeld",
      "LockNotHeld", "LockClassKeyNotStatic",
      // ww_mutex
      "WwMissingContext", "WwDeadlockIgnored", "WwBackoffViolation", "WwContextMisuse",
      // lifetime
      "DevmEscape", "DrmmEscape", "UnboundAccess", "UnplugNotFirst",
      // refcount
      "RefLeak", "RefDoubleRelease", "RefUseAfterRelease", "BorrowEscape",
      // pinning
      "PinnedMove", "PinnedNotInPlace", "PinnedStructural", "RequiresPinned",
      // annotations
      "AnnotationMisuse");
}
