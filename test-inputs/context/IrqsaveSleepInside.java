// Positive (SleepInAtomic): a sleeping call between spin_lock_irqsave and unlock_irqrestore.
package inputs.context.irqsavesleepinside;

import dev.drivercheck.annotations.*;

final class Device {
    private final Spin lock = new Spin();

    void reset() {
        lock.lockIrqsave();
        try {
            // :: error: [SleepInAtomic]
            Firmware.waitReady();
        } finally {
            lock.unlockIrqrestore();
        }
    }
}

final class Firmware {
    static void waitReady() {
        poll();
    }

    private static void poll() {
        Delay.msleep(10);
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
