// Positive (SleepInAtomic): backend.flush() through an interface under a spinlock; one of the two
// implementations sleeps, so the virtual call may sleep; reported at the interface call site.
package inputs.context.virtualcalloneimplsleeps;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Releases;

interface Backend {
    void flush();
}

final class MmioBackend implements Backend {
    private int posted;

    @Override
    public void flush() {
        posted = 0;
    }
}

final class FirmwareBackend implements Backend {
    @Override
    public void flush() {
        Delay.msleep(2);
    }
}

final class Device {
    private final SpinLock lock = new SpinLock();
    private final Backend backend;

    Device(Backend backend) {
        this.backend = backend;
    }

    void submit() {
        try (SpinGuard g = lock.lock()) {
            // :: error: [SleepInAtomic]
            backend.flush();
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

final class Delay {
    private Delay() {}

    /** msleep(): blocks the caller. */
    @MightSleep
    static void msleep(int ms) {}
}
