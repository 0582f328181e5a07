// Negative (LockLeak, UnlockNotHeld): a.acquire(); b.acquire(); ...; b.release(); a.release(): the
// calls in between can only throw unchecked exceptions, which are not paths for the lock rules, so
// it is clean.
package inputs.lockdep.uncheckedexceptionsnoleak;

import dev.drivercheck.annotations.*;

final class Table {
    private final Mutex a = new Mutex();
    private final Mutex b = new Mutex();
    private final int[] slots = new int[8];

    int parse(String text) {
        return Integer.parseInt(text);
    }

    void store(int index, String text) {
        a.acquire();
        b.acquire();
        slots[index] = parse(text);
        b.release();
        a.release();
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
