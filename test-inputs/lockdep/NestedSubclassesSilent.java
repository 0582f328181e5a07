// Negative (RecursiveLock, LockOrderInversion): parent and child locks share the class Node.lock, but
// the child is always taken with lockNested(CHILD): (Node.lock, 0) -> (Node.lock, 1) is a distinct,
// consistently ordered pair of graph nodes, like mutex_lock_nested() in the kernel.
package inputs.lockdep.nestedsubclassessilent;

import dev.drivercheck.annotations.*;

final class Node {
    static final int CHILD = 1;
    static final int GRANDCHILD = 2;

    final Mutex lock = new Mutex();
    Node parent;
    int weight;

    void reparent(Node child) {
        try (Guard p = lock.lock()) {
            try (Guard c = child.lock.lockNested(CHILD)) {
                child.parent = this;
                weight += child.weight;
            }
        }
    }

    void propagate(Node child, Node grandchild) {
        try (Guard p = lock.lock()) {
            try (Guard c = child.lock.lockNested(CHILD)) {
                try (Guard g = grandchild.lock.lockNested(GRANDCHILD)) {
                    grandchild.weight = child.weight + weight;
                }
            }
        }
    }

    void touchChild(Node child) {
        try (Guard c = child.lock.lockNested(CHILD)) {
            child.weight++;
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
