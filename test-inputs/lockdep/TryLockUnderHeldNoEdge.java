// Negative (LockOrderInversion, RecursiveLock, LockLeak): poll() holds a and only trylocks b (a trylock
// never waits, so no edge a -> b); drain() takes b then a; the only edge is b -> a. recheck() trylocks a
// second Node's lock of the held class Node.lock: trylocks never report recursion.
package inputs.lockdep.trylockunderheldnoedge;

import dev.drivercheck.annotations.*;

final class Mailbox {
    private final Mutex a = new Mutex();
    private final Mutex b = new Mutex();
    private int msgs;

    void poll() {
        try (Guard ga = a.lock()) {
            try (Guard gb = b.tryLock()) {
                if (gb != null) {
                    msgs--;
                }
            }
        }
    }

    void drain() {
        try (Guard gb = b.lock()) {
            try (Guard ga = a.lock()) {
                msgs = 0;
            }
        }
    }
}

final class Node {
    final Mutex lock = new Mutex();
    int value;

    void recheck(Node other) {
        try (Guard mine = lock.lock()) {
            if (other.lock.tryLockRaw()) {
                value = other.value;
                other.lock.release();
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
