package dev.drivercheck.facts;

/**
 * Names of the annotations in {@code dev.drivercheck.annotations}. The analyzer matches them by
 * name so that it reads them from sources and class files alike.
 */
public final class Vocabulary {
  private static final String P = "dev.drivercheck.annotations.";

  public static final String MIGHT_SLEEP = P + "MightSleep";
  public static final String NO_SLEEP = P + "NoSleep";
  public static final String ATOMIC_CONTEXT = P + "AtomicContext";
  public static final String RUNS_IN = P + "RunsIn";
  public static final String CALLED_IN_PLACE = P + "CalledInPlace";

  public static final String LOCK_TYPE = P + "LockType";
  public static final String ACQUIRES = P + "Acquires";
  public static final String TRY_ACQUIRES = P + "TryAcquires";
  public static final String RELEASES = P + "Releases";
  public static final String LOCK_GUARD = P + "LockGuard";
  public static final String LOCK_CLASS = P + "LockClass";
  public static final String LOCK_CLASS_KEY = P + "LockClassKey";
  public static final String HOLDS = P + "Holds";
  public static final String EXCLUDES = P + "Excludes";
  public static final String ACQUIRED_BEFORE = P + "AcquiredBefore";
  public static final String ACQUIRED_AFTER = P + "AcquiredAfter";

  public static final String WW_OP = P + "WwOp";
  public static final String WW_CONTEXT = P + "WwContext";
  public static final String WW_CLASS = P + "WwClass";

  public static final String PINNED = P + "Pinned";
  public static final String PIN = P + "Pin";
  public static final String PIN_INIT = P + "PinInit";
  public static final String MOVES = P + "Moves";
  public static final String REQUIRES_PINNED = P + "RequiresPinned";

  public static final String DEVM_SCOPED = P + "DevmScoped";
  public static final String DRMM_SCOPED = P + "DrmmScoped";
  public static final String REVOCABLE = P + "Revocable";
  public static final String REMOVE_CALLBACK = P + "RemoveCallback";
  public static final String UNPLUG = P + "Unplug";
  public static final String BOUND_CONTEXT = P + "BoundContext";
  public static final String REQUIRES_BOUND = P + "RequiresBound";
  public static final String ENTERS_BOUND = P + "EntersBound";
  public static final String AFTER_UNBIND = P + "AfterUnbind";

  public static final String REFCOUNTED = P + "Refcounted";
  public static final String INC_REF = P + "IncRef";
  public static final String DEC_REF = P + "DecRef";
  public static final String DESTRUCTOR = P + "Destructor";
  public static final String OWNED = P + "Owned";
  public static final String BORROWED = P + "Borrowed";

  private Vocabulary() {}
}
