// Positive (LockOrderInversion): two packages of one compilation each have a Device with a lock.
// gpu.Queue.lock is declared @AcquiredAfter("Device.lock"); the name means this package's Device,
// as Java would resolve it, not display.Device: no ambiguity (no AnnotationMisuse). Queue.kick()
// holds Queue.lock and calls Device.ping(), which takes gpu.Device.lock: against the declared order.
package inputs.lockdep.ordernamesresolveperpackage.gpu;

import dev.drivercheck.annotations.*;
import inputs.lockdep.ordernamesresolveperpackage.Guard;
import inputs.lockdep.ordernamesresolveperpackage.Mutex;

final class Device {
    final Mutex lock = new Mutex();
    int pings;

    void ping() {
        try (Guard g = lock.lock()) {
            pings++;
        }
    }
}

final class Queue {
    @AcquiredAfter("Device.lock")
    private final Mutex lock = new Mutex();
    private final Device dev = new Device();
    private int kicks;

    void kick() {
        try (Guard g = lock.lock()) {
            kicks++;
            // :: error: [LockOrderInversion]
            dev.ping();
        }
    }
}
