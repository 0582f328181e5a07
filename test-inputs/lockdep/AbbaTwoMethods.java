// Positive (LockOrderInversion): lockdep selftest ABBA: forward() takes a then b, backward() takes b
// then a; two threads can deadlock. One report, at the first edge site in line order (b in forward()).
package inputs.lockdep.abbatwomethods;

import dev.drivercheck.annotations.*;

final class Pair {
    private final Mutex a = new Mutex();
    private final Mutex b = new Mutex();
    private int moved;

    void forward() {
        try (Guard ga = a.lock()) {
            // :: error: [LockOrderInversion]
            try (Guard gb = b.lock()) {
                moved++;
            }
        }
    }

    void backward() {
        try (Guard gb = b.lock()) {
            try (Guard ga = a.lock()) {
                moved--;
            }
        }
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
