package dev.drivercheck.facts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;

/**
 * What the annotations say about one method: its own and, where VOCABULARY.md says so, inherited
 * from the methods it overrides and its declaring type.
 *
 * @param mightSleep declared {@code @MightSleep}
 * @param noSleep a {@code @NoSleep} promise: on the method, an overridden method, or the type
 * @param atomicContext the entry context of an {@code @AtomicContext} method (inherited), or null
 * @param runsIn parameters that are callbacks run later in the given context
 * @param calledInPlace parameters declared {@code @CalledInPlace}
 * @param holds locks callers must hold ({@code @Holds}); held on entry to the body
 * @param excludes locks callers must not hold ({@code @Excludes})
 * @param wwStep the ww_mutex protocol step the method performs ({@code @WwOp}), or null
 * @param wwCtxParam the index of its acquire-context parameter (a {@code @WwContext} type), or -1
 * @param pinInit an in-place initializer ({@code @PinInit}): it may construct pinned objects
 * @param removeCallback the driver's remove() ({@code @RemoveCallback}): unplug comes first
 * @param unplug drm_dev_unplug ({@code @Unplug})
 * @param binding what the method says about the device binding: bound in it, needs it, enters
 *     it (drm_dev_enter), or runs after unbind
 * @param moves parameters whose argument is moved ({@code @Moves})
 * @param requiresPinned parameters whose argument's identity is recorded ({@code @RequiresPinned})
 */
public record MethodFacts(
    ExecutableElement method,
    boolean mightSleep,
    boolean noSleep,
    ExecContext atomicContext,
    List<LockOp> acquires,
    List<LockOp> tryAcquires,
    List<LockOp> releases,
    List<LockOp> holds,
    List<LockOp> excludes,
    boolean incRef,
    boolean decRef,
    boolean destructor,
    Map<Integer, ExecContext> runsIn,
    Set<Integer> calledInPlace,
    WwStep wwStep,
    int wwCtxParam,
    boolean pinInit,
    boolean removeCallback,
    boolean unplug,
    Binding binding,
    Set<Integer> moves,
    Set<Integer> requiresPinned) {

  /** A sleeping lock acquired unconditionally: the call itself may block. */
  public LockOp sleepingAcquire() {
    for (LockOp op : acquires) {
      if (op.ref().kind().sleeps()) {
        return op;
      }
    }
    return null;
  }

  /** {@code @BoundContext}, {@code @RequiresBound}, {@code @EntersBound}, {@code @AfterUnbind}, or none. */
  public enum Binding { NONE, BOUND_CONTEXT, REQUIRES_BOUND, ENTERS_BOUND, AFTER_UNBIND }
}
