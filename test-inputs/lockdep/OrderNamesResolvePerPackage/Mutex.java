// Shared lock type of this case (see gpu/GpuQueue.java): two packages each with a Device and a Queue.
package inputs.lockdep.ordernamesresolveperpackage;

import dev.drivercheck.annotations.*;

/** A mutex: a sleeping lock (acquiring it may block). */
@LockType(LockKind.MUTEX)
public final class Mutex {
    /** mutex_lock(): the returned guard holds the mutex. */
    @Acquires
    public Guard lock() {
        return new Guard();
    }
}
