// Negative (RecursiveLock, LockOrderInversion): two Mappings get different locks from their creators
// (Vm.lock and Gpu.lock), so Mapping.lock has no single class of its own origin and stays its own
// class; taking Vm.lock and then a Mapping's lock is an ordinary nesting, not a self-deadlock.
package inputs.lockdep.sharedlocktwoownerssilent;

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
    private final Mutex other = new Mutex();
    private final Mapping mapping = new Mapping(other);

    void update() {
        try (Guard g = lock.lock()) {
            mapping.touch();
        }
    }
}

final class Gpu {
    private final Mutex lock = new Mutex();
    private final Mapping mapping = new Mapping(lock);

    void poke() {
        mapping.touch();
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
