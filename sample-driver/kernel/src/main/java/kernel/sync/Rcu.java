package kernel.sync;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import kernel.debug.AtomicContextTracker;
import kernel.debug.CallSite;

/**
 * RCU: read-side sections are cheap, nest, and are atomic (no sleeping inside); {@link #synchronize()}
 * waits for every section that had begun when it was called. {@link #GLOBAL} is the kernel's one
 * RCU domain.
 *
 * <pre>{@code
 * try (RcuReadGuard rcu = Rcu.GLOBAL.readLock()) {
 *     ... read RCU-protected data, no sleeping ...
 * }
 * }</pre>
 */
@LockType(LockKind.RCU)
public final class Rcu {
    /** The kernel's RCU (rcu_read_lock / synchronize_rcu). */
    public static final Rcu GLOBAL = new Rcu("rcu");

    /** One outermost read-side section of one thread; nested read locks share it. */
    static final class ReadSection {
        int nesting;
        volatile boolean done;
    }

    private final String name;
    private final Set<ReadSection> readers = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<ReadSection> current = new ThreadLocal<>();

    private Rcu(String name) {
        this.name = name;
    }

    /** rcu_read_lock(). */
    @Acquires
    @NoSleep
    public RcuReadGuard readLock() {
        ReadSection section = current.get();
        if (section == null) {
            section = new ReadSection();
            readers.add(section);
            current.set(section);
        }
        section.nesting++;
        AtomicContextTracker.Section atomic = AtomicContextTracker.enter(
                AtomicContextTracker.Cause.RCU_READ, "rcu_read_lock(" + name + ")", false, CallSite.describe());
        return new RcuReadGuard(this, section, atomic);
    }

    /** rcu_read_unlock(), from the guard. */
    void readUnlock(ReadSection section, AtomicContextTracker.Section atomic) {
        AtomicContextTracker.exit(atomic);
        if (--section.nesting == 0) {
            current.remove();
            readers.remove(section);
            section.done = true;
        }
    }

    /**
     * synchronize_rcu(): sleeps until all read-side sections that began before the call have
     * ended. The caller's own section, if any, is skipped (it was reported by mightSleep; waiting
     * for it would hang).
     */
    @MightSleep
    public void synchronize() {
        AtomicContextTracker.mightSleep("synchronize_rcu(" + name + ")");
        ReadSection own = current.get();
        List<ReadSection> before = new ArrayList<>(readers);
        for (ReadSection s : before) {
            while (s != own && !s.done) {
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(50));
            }
        }
    }

    @Override
    public String toString() {
        return "Rcu '" + name + "'";
    }
}
