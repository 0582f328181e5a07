// Negative (DropInAtomic): Arc<Node>.close() under a spinlock; Node's destructor (not annotated) only
// takes another spinlock, so it provably cannot sleep. Must stay silent.
package inputs.context.decrefunderspindestructortakesspinonly;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.DecRef;
import dev.drivercheck.annotations.Destructor;
import dev.drivercheck.annotations.IncRef;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.Refcounted;
import dev.drivercheck.annotations.Releases;

final class Node implements Drop {
    private final SpinLock listLock = new SpinLock();
    int linked;

    @Override
    public void drop() {
        try (SpinGuard g = listLock.lock()) {
            linked = 0;
        }
    }
}

final class Registry {
    private final SpinLock lock = new SpinLock();

    void unlink(Arc<Node> shared) {
        try (SpinGuard g = lock.lock()) {
            try (Arc<Node> ref = shared.cloneRef()) {
                ref.get().linked--;
            }
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
