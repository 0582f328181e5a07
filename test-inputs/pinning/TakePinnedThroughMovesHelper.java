// Positive (PinnedMove): mem::take() of values whose static type is pinned through a supertype: a
// spinlock subclassing a @Pinned raw lock, a timer implementing a @Pinned list-node interface. Each
// is a move of a pinned value, reported at the argument.
package inputs.pinning.takepinnedthroughmoveshelper;

import dev.drivercheck.annotations.*;

final class Teardown {
    RawLock drainLock(SpinLock lock) {
        // :: error: [PinnedMove]
        return Mem.take(lock);
    }

    ListNode drainTimer(Timer timer) {
        // :: error: [PinnedMove]
        return Mem.take(timer);
    }

    Object drainNode(ListNode node) {
        // :: error: [PinnedMove]
        Object taken = Mem.take(node);
        return taken;
    }
}

/** core::mem: helpers that move the values they are given. */
final class Mem {
    /** mem::take(): moves the value out and leaves a default behind. */
    static <T> T take(@Moves T slot) {
        return slot;
    }
}

/** A raw lock: pinned, and so is every subclass. */
@Pinned
abstract class RawLock {
}

final class SpinLock extends RawLock {
}

/** An intrusive list node: its neighbours point at it. */
@Pinned
interface ListNode {
}

final class Timer implements ListNode {
}
