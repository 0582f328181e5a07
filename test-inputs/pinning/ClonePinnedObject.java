// Positive (PinnedMove): cloning a pinned work item copies it to a new address while the workqueue
// still links the original; also through a subclass and through a field of a plain holder. Reported
// at each clone() call.
package inputs.pinning.clonepinnedobject;

import dev.drivercheck.annotations.*;

/** A work item: queued by address on a workqueue's list. */
@Pinned
abstract class WorkItem implements Cloneable {
    @Override
    public abstract WorkItem clone();
}

abstract class DelayedWork extends WorkItem {
    @Override
    public abstract DelayedWork clone();
}

final class Holder {
    WorkItem item;
}

final class Requeue {
    WorkItem duplicate(WorkItem item) {
        // :: error: [PinnedMove]
        WorkItem copy = item.clone();
        return copy;
    }

    DelayedWork duplicateDelayed(DelayedWork work) {
        // :: error: [PinnedMove]
        return work.clone();
    }

    WorkItem duplicateHeld(Holder holder) {
        // :: error: [PinnedMove]
        return holder.item.clone();
    }
}
