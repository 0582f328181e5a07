// Positive (AnnotationMisuse): @Moves on parameters whose declared type is itself pinned (directly or
// through a @Pinned supertype): such a method declares that it moves pinned values. Reported at each
// @Moves annotation; the methods are never called here.
package inputs.pinning.annotationmisusemovesonpinnedparameter;

import dev.drivercheck.annotations.*;

final class LockUtil {
    static void swapLocks(
            // :: error: [AnnotationMisuse]
            @Moves Mutex a,
            // :: error: [AnnotationMisuse]
            @Moves Mutex b) {
    }

    // :: error: [AnnotationMisuse]
    static RawLock takeLock(@Moves SpinLock lock) {
        return lock;
    }
}

/** A mutex: its wait list points back into it, so it never moves once initialized. */
@Pinned
final class Mutex {
}

/** A raw lock: pinned, and so is every subclass. */
@Pinned
abstract class RawLock {
}

final class SpinLock extends RawLock {
}
