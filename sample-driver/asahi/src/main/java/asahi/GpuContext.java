package asahi;

import dev.drivercheck.annotations.Destructor;
import dev.drivercheck.annotations.MightSleep;
import kernel.delay.Delay;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;
import kernel.types.Drop;

/**
 * A GPU context, shared through {@code Arc<GpuContext>}. Its destructor takes the device mutex,
 * so its final put sleeps: it must never happen under a spinlock or in the IRQ handler.
 */
public final class GpuContext implements Drop {
    private final int id;
    private final Mutex<DeviceState> device;

    GpuContext(int id, Mutex<DeviceState> device) {
        this.id = id;
        this.device = device;
    }

    public int id() {
        return id;
    }

    /** Runs {@code units} of work on the GPU and waits for it. */
    @MightSleep
    public void run(int units) {
        try (MutexGuard<DeviceState> g = device.lock()) {
            Delay.msleep(1);
            g.get().workDone += units;
        }
    }

    /** Tears the context down in the firmware: needs the device mutex. */
    @Destructor
    @MightSleep
    @Override
    public void drop() {
        try (MutexGuard<DeviceState> g = device.lock()) {
            g.get().contextsDropped++;
        }
    }

    @Override
    public String toString() {
        return "GpuContext#" + id;
    }
}
