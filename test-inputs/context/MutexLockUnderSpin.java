// Positive (SleepInAtomic): Mutex.lock() (a sleeping lock kind) while a spinlock is held;
// acquiring a mutex may block, so the acquisition itself is the sleeping call.
package inputs.context.mutexlockunderspin;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.Releases;

final class Device {
    private final SpinLock lock = new SpinLock();
    private final Mutex config = new Mutex();
    private int count;

    void resize() {
        try (SpinGuard s = lock.lock()) {
            count++;
            // :: error: [SleepInAtomic]
            try (MutexGuard m = config.lock()) {
                count = 0;
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
