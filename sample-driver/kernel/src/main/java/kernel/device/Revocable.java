package kernel.device;

import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.TryAcquires;
import java.util.concurrent.atomic.AtomicBoolean;
import kernel.sync.Rcu;
import kernel.sync.RcuReadGuard;
import kernel.types.Drop;

/**
 * Data that can be revoked (kernel::revocable::Revocable): {@link #tryAccess()} gives access
 * inside an RCU read-side section (atomic: no sleeping) or null once revoked; {@link #revoke()}
 * flips the flag, waits for every reader (synchronize_rcu, sleeps) and drops the data.
 */
@dev.drivercheck.annotations.Revocable
public final class Revocable<T> {
    private final Rcu rcu = Rcu.GLOBAL;
    private final AtomicBoolean available = new AtomicBoolean(true);
    private final T data;

    public Revocable(T data) {
        this.data = data;
    }

    /** The data under an RCU read lock, or null once revoked. */
    @TryAcquires("rcu")
    @NoSleep
    public RevocableGuard<T> tryAccess() {
        RcuReadGuard g = rcu.readLock();
        if (!available.get()) {
            g.close();
            return null;
        }
        return new RevocableGuard<>(data, g);
    }

    /** The data without the RCU section, for callers that prove the device is bound. */
    T accessUnchecked() {
        return data;
    }

    public boolean isRevoked() {
        return !available.get();
    }

    /** Revokes: later accesses fail; waits for current readers, then drops the data. */
    @MightSleep
    public void revoke() {
        if (available.compareAndSet(true, false)) {
            rcu.synchronize();
            if (data instanceof Drop) {
                ((Drop) data).drop();
            }
        }
    }
}
