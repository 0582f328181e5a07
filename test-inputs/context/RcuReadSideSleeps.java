// Positive (SleepInAtomic): msleep() inside an RCU read-side critical section
// (@LockType(RCU)); rcu_read_lock() makes the section atomic.
package inputs.context.rcureadsidesleeps;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Releases;

@LockType(LockKind.RCU)
final class Rcu {
    @Acquires
    RcuGuard readLock() {
        return new RcuGuard();
    }
}

@LockGuard
final class RcuGuard implements AutoCloseable {
    @Releases
    @Override
    public void close() {}
}

final class Lookup {
    private final Rcu rcu = new Rcu();
    private final int[] table = new int[8];

    int find(int key) {
        try (RcuGuard g = rcu.readLock()) {
            int v = table[key & 7];
            // :: error: [SleepInAtomic]
            Delay.msleep(v);
            return v;
        }
    }
}

final class Delay {
    private Delay() {}

    /** msleep(): blocks the caller. */
    @MightSleep
    static void msleep(int ms) {}
}
