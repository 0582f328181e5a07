// Positive (RecursiveLock): Vm hands its lock to the Mapping it creates, which keeps it in its own
// field. That field only ever holds what its constructor is given, so it is Vm.lock's class, and
// Mapping.touch() re-takes the class that Vm.update() holds: a self-deadlock on one mutex.
package inputs.lockdep.sharedlockthroughconstructor;

import dev.drivercheck.annotations.*;

final class Mapping {
    private final Mutex lock;
    private int touched;

    Mapping(Mutex lock) {
        this.lock = lock;
    }

    void touch() {
        try (Guard g = lock.lock()) {
            touched++;
        }
    }
}

final class Vm {
    private final Mutex lock = new Mutex();
    private final Mapping mapping = new Mapping(lock);

    void update() {
        try (Guard g = lock.lock()) {
            // :: error: [RecursiveLock]
            mapping.touch();
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
