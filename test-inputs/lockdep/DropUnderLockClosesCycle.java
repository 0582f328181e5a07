// Positive (LockOrderInversion): Registry.retire() drops an Arc<Ctx> under Registry.lock and Ctx's
// destructor takes Ctx.teardown (edge Registry.lock -> Ctx.teardown, site: the close()); Ctx.shutdown()
// holds Ctx.teardown and calls Registry.forget(), which takes Registry.lock: the cycle is closed.
// Reported once, at close() (first edge site).
package inputs.lockdep.dropunderlockclosescycle;

import dev.drivercheck.annotations.*;

final class Registry {
    final Mutex lock = new Mutex();
    int live;

    void retire(@Owned Arc<Ctx> ctx) {
        try (Guard g = lock.lock()) {
            live--;
            // :: error: [LockOrderInversion]
            ctx.close();
        }
    }

    void forget() {
        try (Guard g = lock.lock()) {
            live--;
        }
    }
}

final class Ctx implements Drop {
    private final Mutex teardown = new Mutex();
    private final Registry registry;
    private int users;

    Ctx(Registry registry) {
        this.registry = registry;
    }

    void shutdown() {
        try (Guard g = teardown.lock()) {
            users = 0;
            registry.forget();
        }
    }

    @Override
    public void drop() {
        try (Guard g = teardown.lock()) {
            users = -1;
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
