package kernel.sync;

import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Releases;
import kernel.debug.AtomicContextTracker;

/** An RCU read-side section; closing it is rcu_read_unlock(). Belongs to the thread that opened it. */
@LockGuard
public final class RcuReadGuard implements AutoCloseable {
    private final Rcu rcu;
    private final Rcu.ReadSection section;
    private final AtomicContextTracker.Section atomic;
    private final Thread owner = Thread.currentThread();
    private boolean open = true;

    RcuReadGuard(Rcu rcu, Rcu.ReadSection section, AtomicContextTracker.Section atomic) {
        this.rcu = rcu;
        this.section = section;
        this.atomic = atomic;
    }

    @Override
    @Releases
    @NoSleep
    public void close() {
        if (!open || Thread.currentThread() != owner) {
            throw new IllegalStateException(rcu + ": read-side section closed twice or by another thread");
        }
        open = false;
        rcu.readUnlock(section, atomic);
    }
}
