// Negative (PinnedNotInPlace, PinnedStructural, RequiresPinned): kernel model: a device embeds a
// Mutex, a SpinLock and a CondVar in final @Pin fields (two filled by field initializers, one by the
// constructor) and is itself built in a Pin.box slot; its lock fields are then used freely.
package inputs.pinningkernel.threepinnedkernellocksinplacesilent;

import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.CondVar;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;
import kernel.sync.SpinLock;

@Pinned
final class Device {
    @Pin final Mutex<int[]> config = new Mutex<>(new int[4], "config");
    @Pin final SpinLock<int[]> regs = new SpinLock<>(new int[8], "regs");
    @Pin final CondVar ready;

    Device() {
        ready = new CondVar("ready");
    }
}

final class Probe {
    private kernel.types.Pin<Device> dev;

    @MightSleep
    void probe() {
        dev = kernel.types.Pin.box(slot -> new Device());
    }

    @MightSleep
    void waitReady() {
        Device d = dev.get();
        try (MutexGuard<int[]> g = d.config.lock()) {
            while (g.get()[0] == 0) {
                d.ready.wait(g);
            }
        }
    }
}
