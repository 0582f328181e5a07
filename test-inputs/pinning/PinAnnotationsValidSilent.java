// Negative (AnnotationMisuse, PinnedStructural): valid pinning annotations: final @Pin fields whose
// types are pinned through a @Pinned superclass or interface, owned by a @Pinned class or by a subclass
// pinned only through it, and @Moves on generic, Object and plain-typed parameters.
package inputs.pinning.pinannotationsvalidsilent;

import dev.drivercheck.annotations.*;

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

/** Pinned through its @Pinned superclass: @Pin fields are allowed here. */
@Pinned
class BaseDevice {
    @Pin final SpinLock irqLock = new SpinLock();
}

final class PciDevice extends BaseDevice {
    @Pin final Timer watchdog = new Timer();
    @Pin private final ListNode link;

    PciDevice() {
        this.link = new Timer();
    }
}

final class Mem {
    static <T> void swap(@Moves T a, @Moves T b) {
    }

    static void swapAny(@Moves Object a, @Moves Object b) {
    }

    static int[] take(@Moves int[] slot) {
        return slot;
    }
}
