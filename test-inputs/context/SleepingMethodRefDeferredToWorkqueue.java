// Negative (SleepInAtomic): from inside a spinlock section, a method reference to a sleeping method
// is queued on a @RunsIn(PROCESS) workqueue; deferred, so silent.
package inputs.context.sleepingmethodrefdeferredtoworkqueue;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.Context;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Releases;
import dev.drivercheck.annotations.RunsIn;

final class Device {
    private final SpinLock lock = new SpinLock();
    private final Workqueue wq = new Workqueue();
    private int resets;

    void scheduleReset() {
        try (SpinGuard g = lock.lock()) {
            resets++;
            wq.enqueue(Device::slowReset);
        }
    }

    private static void slowReset() {
        Delay.msleep(100);
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

interface Work {
    void run();
}

/** Items run later, in process context, on a worker thread. */
final class Workqueue {
    private final java.util.ArrayList<Work> pending = new java.util.ArrayList<>();

    void enqueue(@RunsIn(Context.PROCESS) Work work) {
        pending.add(work);
    }
}
