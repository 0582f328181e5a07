// Positive (RecursiveLock): lockdep selftest AA on two instances: every Node's lock is of the one class
// Node.lock, so taking a second node's lock while holding the first is a recursive class acquisition.
package inputs.lockdep.aatwoinstancesoneclass;

import dev.drivercheck.annotations.*;

final class Node {
    final Mutex lock = new Mutex();
    int weight;
}

final class Tree {
    void link(Node parent, Node child) {
        parent.lock.acquire();
        // :: error: [RecursiveLock]
        child.lock.acquire();
        child.weight += parent.weight;
        child.lock.release();
        parent.lock.release();
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
