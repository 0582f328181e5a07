// Positive (LockOrderInversion): kernel model: Device.config and Device.power (kernel Mutexes)
// taken in opposite orders by resume() and reconfigure(): AB-BA. Reported once, at the first edge
// site (resume()).
package inputs.lockdepkernel.kernelmutexabba;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;

@Pinned
final class Device {
    @Pin private final Mutex<int[]> config = new Mutex<>(new int[4]);
    @Pin private final Mutex<int[]> power = new Mutex<>(new int[1]);

    void resume() {
        try (MutexGuard<int[]> c = config.lock()) {
            // :: error: [LockOrderInversion]
            try (MutexGuard<int[]> p = power.lock()) {
                p.get()[0] = c.get()[0];
            }
        }
    }

    void reconfigure(int mode) {
        try (MutexGuard<int[]> p = power.lock()) {
            try (MutexGuard<int[]> c = config.lock()) {
                c.get()[0] = mode + p.get()[0];
            }
        }
    }
}
