// Positive (DropInAtomic): an @AtomicContext fence callback drops the job's Arc<Ctx>; the destructor
// takes a mutex, so the final drop would sleep in atomic context.
package inputs.context.dropinatomicinatomiccontext;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.AtomicContext;
import dev.drivercheck.annotations.DecRef;
import dev.drivercheck.annotations.Destructor;
import dev.drivercheck.annotations.IncRef;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.Owned;
import dev.drivercheck.annotations.Refcounted;
import dev.drivercheck.annotations.Releases;

final class FenceCallbacks {
    @AtomicContext
    void signaled(@Owned Arc<Ctx> job) {
        // :: error: [DropInAtomic]
        job.close();
    }
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
