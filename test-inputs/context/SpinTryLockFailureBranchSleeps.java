// Negative (SleepInAtomic): if (lock.tryLock()) { ...; unlock } else { msleep }: the sleep is on the
// path where the @TryAcquires returned false, so no lock is held there.
package inputs.context.spintrylockfailurebranchsleeps;

import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Releases;
import dev.drivercheck.annotations.TryAcquires;

@LockType(LockKind.SPIN)
final class SpinLock {
    @TryAcquires
    boolean tryLock() {
        return true;
    }

    @Releases
    void unlock() {}
}

final class Device {
    private final SpinLock lock = new SpinLock();
    private int pending;

    void kick() {
        if (lock.tryLock()) {
            try {
                pending++;
            } finally {
                lock.unlock();
            }
        } else {
            Delay.msleep(1);
        }
    }
}

final class Delay {
    private Delay() {}

    /** msleep(): blocks the caller. */
    @MightSleep
    static void msleep(int ms) {}
}
