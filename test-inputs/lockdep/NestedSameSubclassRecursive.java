// Positive (RecursiveLock): two nodes of one class both taken with lockNested(1): same class and same
// subclass, so the annotation does not separate them and the second acquisition is recursive.
package inputs.lockdep.nestedsamesubclassrecursive;

import dev.drivercheck.annotations.*;

final class Node {
    static final int SIBLING = 1;

    final Mutex lock = new Mutex();
    int weight;

    void swapSiblings(Node left, Node right) {
        try (Guard self = lock.lock()) {
            try (Guard l = left.lock.lockNested(SIBLING)) {
                // :: error: [RecursiveLock]
                try (Guard r = right.lock.lockNested(SIBLING)) {
                    int w = left.weight;
                    left.weight = right.weight;
                    right.weight = w;
                }
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
