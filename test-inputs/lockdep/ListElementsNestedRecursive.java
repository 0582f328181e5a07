// Positive (RecursiveLock): the mutexes stored in the list field Scheduler.queues share that field's
// class; holding one element while taking another re-acquires the class.
package inputs.lockdep.listelementsnestedrecursive;

import dev.drivercheck.annotations.*;
import java.util.ArrayList;
import java.util.List;

final class Scheduler {
    private final List<Mutex> queues = new ArrayList<>();
    private int moved;

    Scheduler(int n) {
        for (int i = 0; i < n; i++) {
            queues.add(new Mutex());
        }
    }

    void steal(int victim, int thief) {
        try (Guard g1 = queues.get(victim).lock()) {
            // :: error: [RecursiveLock]
            try (Guard g2 = queues.get(thief).lock()) {
                moved++;
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
