// Positive (PinnedMove): mem::replace() moves the old value out of its place: passing a pinned work
// item (or a pinned mutex) as the @Moves destination is a move. Reported at that argument only; the
// replacement is a plain parameter here.
package inputs.pinning.replacepinnedthroughmoveshelper;

import dev.drivercheck.annotations.*;

final class Scheduler {
    private WorkItem retired;

    void requeue(WorkItem current, WorkItem next) {
        // :: error: [PinnedMove]
        retired = Mem.replace(current, next);
    }

    Mutex swapOut(Mutex old, Mutex replacement) {
        // :: error: [PinnedMove]
        return Mem.replace(old, replacement);
    }
}

/** core::mem: helpers that move the values they are given. */
final class Mem {
    /** mem::replace(): moves {@code dest}'s value out and returns it. */
    static <T> T replace(@Moves T dest, T src) {
        return dest;
    }
}

/** A work item: queued by address on a workqueue's list. */
@Pinned
final class WorkItem {
}

/** A mutex: its wait list points back into it, so it never moves once initialized. */
@Pinned
final class Mutex {
}
