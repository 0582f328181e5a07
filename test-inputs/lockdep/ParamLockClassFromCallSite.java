// Positive (LockOrderInversion): transfer(from, to) locks its parameters in order; a lock parameter has
// the class of the argument, so deposit() makes Bank.savings -> Bank.checking and withdraw() makes
// Bank.checking -> Bank.savings: the classic AB-BA through one helper. Both edges are made at the inner
// acquisition in transfer(), which is where the cycle is reported.
package inputs.lockdep.paramlockclassfromcallsite;

import dev.drivercheck.annotations.*;

final class Bank {
    private final Mutex savings = new Mutex();
    private final Mutex checking = new Mutex();
    private long balance;

    static void transfer(Mutex from, Mutex to, Bank bank) {
        try (Guard f = from.lock()) {
            // :: error: [LockOrderInversion]
            try (Guard t = to.lock()) {
                bank.balance++;
            }
        }
    }

    void deposit() {
        transfer(savings, checking, this);
    }

    void withdraw() {
        transfer(checking, savings, this);
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
