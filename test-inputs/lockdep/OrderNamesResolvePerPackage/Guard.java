// The guard of this case's Mutex (see gpu/GpuQueue.java).
package inputs.lockdep.ordernamesresolveperpackage;

import dev.drivercheck.annotations.*;

/** The guard of a held mutex; close() unlocks it. */
@LockGuard
public final class Guard implements AutoCloseable {
    @Releases
    @Override
    public void close() {}
}
