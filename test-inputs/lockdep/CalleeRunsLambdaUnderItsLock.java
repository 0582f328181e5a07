// Positive (LockOrderInversion): withQueue(r) runs its callback while it holds queue (its analyzed body
// shows it), so the lambda in submit() takes ring under queue; drain() takes them the other way round.
// The queue -> ring edge is made inside the lambda, which comes first in the file.
package inputs.lockdep.calleerunslambdaunderitslock;

import dev.drivercheck.annotations.*;

final class Channel {
    private final Mutex queue = new Mutex();
    private final Mutex ring = new Mutex();
    private int posted;

    void withQueue(Runnable r) {
        try (Guard q = queue.lock()) {
            r.run();
        }
    }

    void submit() {
        withQueue(() -> {
            // :: error: [LockOrderInversion]
            try (Guard g = ring.lock()) {
                posted++;
            }
        });
    }

    void drain() {
        try (Guard g = ring.lock()) {
            try (Guard q = queue.lock()) {
                posted = 0;
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
