// Negative (DropInAtomic, SleepInAtomic): explicit lock()/unlock(); the cloned Arc<Ctx> is closed after
// unlock(), so its sleeping destructor runs in process context. Must stay silent.
package inputs.context.dropafterexplicitunlock;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.DecRef;
import dev.drivercheck.annotations.Destructor;
import dev.drivercheck.annotations.IncRef;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.Refcounted;
import dev.drivercheck.annotations.Releases;

final class Cache {
    private final SpinLock lock = new SpinLock();
    private int hits;

    void touch(Arc<Ctx> shared) {
        Arc<Ctx> ref;
        lock.lock();
        try {
            ref = shared.cloneRef();
            hits++;
        } finally {
            lock.unlock();
        }
        ref.close();
    }
}

/** A spinlock with explicit lock()/unlock(). */
@LockType(LockKind.SPIN)
final class SpinLock {
    @Acquires
    void lock() {}

    @Releases
    void unlock() {}
}

/** A mutex: a sleeping lock (acquiring it may block). */
@LockType(LockKind.MUTEX)
final class Mutex {
    @Acquires
    MutexGuard lock() {
        return new MutexGuard();
    }
}

@LockGuard
final class MutexGuard implements AutoCloseable {
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

/** Its destructor takes a mutex: the final drop of an Arc<Ctx> may sleep. */
final class Ctx implements Drop {
    private final Mutex teardown = new Mutex();
    int users;

    @Override
    public void drop() {
        try (MutexGuard g = teardown.lock()) {
            users = 0;
        }
    }
}
