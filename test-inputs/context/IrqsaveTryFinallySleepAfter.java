// Negative (SleepInAtomic): spin_lock_irqsave / unlock_irqrestore as explicit calls around a
// critical section that may throw; the unlock runs in finally, and the sleep comes after it.
package inputs.context.irqsavetryfinallysleepafter;

import dev.drivercheck.annotations.*;

final class Device {
    private final Spin lock = new Spin();
    private int pending;

    void complete(int n) {
        lock.lockIrqsave();
        try {
            check(n);
            pending -= n;
        } finally {
            lock.unlockIrqrestore();
        }
        Delay.msleep(pending);
    }

    private static void check(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative");
        }
    }
}

@LockType(LockKind.SPIN)
final class Spin {
    @Acquires(irqsOff = true)
    void lockIrqsave() {}

    @Releases
    void unlockIrqrestore() {}
}

final class Delay {
    @MightSleep
    static void msleep(int ms) {}
}
