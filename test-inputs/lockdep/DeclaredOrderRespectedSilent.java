// Negative (LockOrderInversion, AnnotationMisuse): declared orders named by field name, by
// SimpleClassName.field, by qualified name and by @LockClass name, and every path follows them.
package inputs.lockdep.declaredorderrespectedsilent;

import dev.drivercheck.annotations.*;

final class Device {
    @AcquiredBefore({"queue", "Ring.lock"})
    final Mutex lock = new Mutex();

    @AcquiredBefore("inputs.lockdep.declaredorderrespectedsilent.Ring.lock")
    final Mutex queue = new Mutex();

    final Ring ring = new Ring();
    int ops;

    void submit() {
        try (Guard d = lock.lock()) {
            try (Guard q = queue.lock()) {
                try (Guard r = ring.lock.lock()) {
                    try (Guard s = ring.stats.lock()) {
                        ops++;
                    }
                }
            }
        }
    }

    void retire() {
        try (Guard d = lock.lock()) {
            try (Guard r = ring.lock.lock()) {
                ops--;
            }
        }
    }
}

final class Ring {
    @AcquiredBefore("ring-stats")
    final Mutex lock = new Mutex();

    @LockClass("ring-stats")
    @AcquiredAfter("Device.queue")
    final Mutex stats = new Mutex();
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
