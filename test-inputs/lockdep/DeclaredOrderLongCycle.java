// Positive (LockOrderInversion): declared a -> b (@AcquiredBefore on a, at the top), code b -> c in
// stage() and c -> a in drain(): a cycle of one declared and two code edges. Declared edges are never
// the report location here, so the report is at the first code edge site (c taken under b).
package inputs.lockdep.declaredorderlongcycle;

import dev.drivercheck.annotations.*;

final class Pipeline {
    @AcquiredBefore("b")
    private final Mutex a = new Mutex();
    private final Mutex b = new Mutex();
    private final Mutex c = new Mutex();
    private int n;

    void stage() {
        try (Guard gb = b.lock()) {
            // :: error: [LockOrderInversion]
            try (Guard gc = c.lock()) {
                n++;
            }
        }
    }

    void drain() {
        try (Guard gc = c.lock()) {
            try (Guard ga = a.lock()) {
                n--;
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
