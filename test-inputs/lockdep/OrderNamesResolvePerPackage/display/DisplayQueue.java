// Negative half of the case (see gpu/GpuQueue.java): display.Queue.lock is declared
// @AcquiredBefore("Device.lock"), this package's Device, and the code takes them in that order.
package inputs.lockdep.ordernamesresolveperpackage.display;

import dev.drivercheck.annotations.*;
import inputs.lockdep.ordernamesresolveperpackage.Guard;
import inputs.lockdep.ordernamesresolveperpackage.Mutex;

final class Device {
    final Mutex lock = new Mutex();
    int flips;

    void flip() {
        try (Guard g = lock.lock()) {
            flips++;
        }
    }
}

final class Queue {
    @AcquiredBefore("Device.lock")
    private final Mutex lock = new Mutex();
    private final Device dev = new Device();

    void commit() {
        try (Guard g = lock.lock()) {
            dev.flip();
        }
    }
}
