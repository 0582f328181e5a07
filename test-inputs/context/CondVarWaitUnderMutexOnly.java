// Negative (SleepInAtomic): the usual CondVar loop: wait with the mutex guard while only that mutex
// is held; waiting is allowed in process context under a sleeping lock.
package inputs.context.condvarwaitundermutexonly;

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
}

final class Queue {
    private final Mutex mutex = new Mutex();
    private final CondVar cv = new CondVar();
    private boolean ready;

    void waitReady() {
        try (MutexGuard m = mutex.lock()) {
            while (!ready) {
                cv.await(m);
            }
        }
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
