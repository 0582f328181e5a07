// Negative (LockOrderInversion, RecursiveLock): transfer(from, to) is only ever called with
// (Bank.savings, Bank.checking): the parameters take the arguments' classes, one edge, no cycle, and
// from/to are never the same class.
package inputs.lockdep.paramlockclassconsistentsilent;

import dev.drivercheck.annotations.*;

final class Bank {
    private final Mutex savings = new Mutex();
    private final Mutex checking = new Mutex();
    private long balance;

    static void transfer(Mutex from, Mutex to, Bank bank) {
        try (Guard f = from.lock()) {
            try (Guard t = to.lock()) {
                bank.balance++;
            }
        }
    }

    void deposit() {
        transfer(savings, checking, this);
    }

    void sweep() {
        transfer(savings, checking, this);
    }
}

/** A mutex: a sleeping lock (acquiring it may block). */
@LockType(LockKind.MUTEX)
final class Mutex {
    /** mutex_lock(): the returned guard holds the mutex. */
    @Acquires
    Guard lock() {
        return new Guard();
    }

    /** mutex_lock_nested(): the same class under nesting subclass {@code subclass}. */
    @Acquires(subclassParam = 0)
    Guard lockNested(int subclass) {
        return new Guard();
    }

    /** mutex_trylock(): null when the mutex is taken; never waits. */
    @TryAcquires
    Guard tryLock() {
        return new Guard();
    }

    /** mutex_trylock() without a guard: true when taken. */
    @TryAcquires
    boolean tryLockRaw() {
        return true;
    }

    /** mutex_lock() without a guard. */
    @Acquires
    void acquire() {}

    /** mutex_unlock(). */
    @Releases
    void release() {}
}

@LockGuard
final class Guard implements AutoCloseable {
    @Releases
    @Override
    public void close() {}
}
