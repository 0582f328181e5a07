package kernel.types;

import dev.drivercheck.annotations.Pinned;

/**
 * A kernel object whose identity is registered while it lives (a lock's lockdep map and wait list,
 * list links, a queued work item, a fence): {@code !Unpin}. Each remembers its {@link PinHome}, and
 * its operations refuse to work on an object that was moved out of the place it was built in.
 */
@Pinned
public interface PinnedObject {
    /** Where this object was built, and whether it was moved since. */
    PinHome pinHome();
}
