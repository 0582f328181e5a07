// Negative (DropInAtomic): Arc<Stats>.close() under a spinlock, but Stats's destructor is @NoSleep and
// only clears counters; a drop that cannot sleep is fine in atomic context.
package inputs.context.decrefunderspindestructornosleep;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.DecRef;
import dev.drivercheck.annotations.Destructor;
import dev.drivercheck.annotations.IncRef;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Refcounted;
import dev.drivercheck.annotations.Releases;

final class Stats implements Drop {
    int count;

    @NoSleep
    @Override
    public void drop() {
        count = 0;
    }
}

final class Registry {
    private final SpinLock lock = new SpinLock();
    private int released;

    void release(Arc<Stats> shared) {
        try (SpinGuard g = lock.lock()) {
            Arc<Stats> ref = shared.cloneRef();
            released++;
            ref.close();
        }
    }
}

/** A spinlock: holding it makes the holder atomic. */
@LockType(LockKind.SPIN)
final class SpinLock {
    @Acquires
    SpinGuard lock() {
        return new SpinGuard();
    }
}

@LockGuard
final class SpinGuard implements AutoCloseable {
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
