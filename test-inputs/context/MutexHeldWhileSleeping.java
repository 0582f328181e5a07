// Negative (SleepInAtomic): msleep() while only a mutex is held; a mutex is a sleeping lock,
// and its holder may sleep.
package inputs.context.mutexheldwhilesleeping;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Releases;

final class Firmware {
    private final Mutex lock = new Mutex();
    private int loaded;

    void load() {
        try (MutexGuard g = lock.lock()) {
            Delay.msleep(20);
            loaded++;
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

final class Delay {
    private Delay() {}

    /** msleep(): blocks the caller. */
    @MightSleep
    static void msleep(int ms) {}
}
