// Positive (SleepInAtomic): CondVar wait with the mutex guard while a spinlock is also held; the wait
// gives up the mutex, but the thread sleeps with the spinlock still held.
package inputs.context.condvarwaitunderspin;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Releases;

/** A condition variable: wait() sleeps until notified. */
final class CondVar {
    @MightSleep
    void await(MutexGuard guard) {}

    void notifyAllWaiters() {}
}

final class Queue {
    private final Mutex mutex = new Mutex();
    private final SpinLock stats = new SpinLock();
    private final CondVar cv = new CondVar();
    private boolean ready;
    private int waits;

    void waitReady() {
        try (MutexGuard m = mutex.lock()) {
            try (SpinGuard s = stats.lock()) {
                while (!ready) {
                    waits++;
                    // :: error: [SleepInAtomic]
                    cv.await(m);
                }
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
