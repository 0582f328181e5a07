// Positive (RecursiveLock): asahi pattern: Mmu.unmap() holds Mmu.lock and drops an Arc<Vm>; if it is
// the last reference, Vm's destructor takes Mmu.lock again: a self-deadlock. Reported at close().
package inputs.lockdep.destructorretakesheldlock;

import dev.drivercheck.annotations.*;

final class Mmu {
    final Mutex lock = new Mutex();
    int mapped;

    void unmap(@Owned Arc<Vm> vm) {
        try (Guard g = lock.lock()) {
            mapped--;
            // :: error: [RecursiveLock]
            vm.close();
        }
    }
}

/** Its destructor unregisters the VM from its MMU, under the MMU's lock. */
final class Vm implements Drop {
    private final Mmu mmu;

    Vm(Mmu mmu) {
        this.mmu = mmu;
    }

    @Override
    public void drop() {
        try (Guard g = mmu.lock.lock()) {
            mmu.mapped = 0;
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

/** A counted reference to a shared T; the last close() runs T's destructor. */
@Refcounted
final class Arc<T> implements AutoCloseable {
    private final T value;

    Arc(T value) {
        this.value = value;
    }

    T get() {
        return value;
    }

    @IncRef
    Arc<T> cloneRef() {
        return new Arc<>(value);
    }

    @DecRef
    @Override
    public void close() {}
}

interface Drop {
    @Destructor
    void drop();
}
