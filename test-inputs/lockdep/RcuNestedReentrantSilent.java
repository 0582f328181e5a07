// Negative (RecursiveLock, LockLeak): rcu_read_lock() nests: a reader section opened inside another
// (directly and through a callee) is not a recursive acquisition, because RCU is a reentrant kind.
package inputs.lockdep.rcunestedreentrantsilent;

import dev.drivercheck.annotations.*;

/** The RCU read side: rcu_read_lock() / rcu_read_unlock(). */
@LockType(LockKind.RCU)
final class Rcu {
    static final Rcu READ = new Rcu();

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

final class Routes {
    private int[] table = new int[16];

    int lookup(int key) {
        try (RcuGuard g = Rcu.READ.readLock()) {
            return table[key & 15];
        }
    }

    int lookupPair(int a, int b) {
        try (RcuGuard outer = Rcu.READ.readLock()) {
            int first = lookup(a);
            try (RcuGuard inner = Rcu.READ.readLock()) {
                return first + table[b & 15];
            }
        }
    }
}
