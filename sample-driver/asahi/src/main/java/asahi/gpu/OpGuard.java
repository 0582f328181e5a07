package asahi.gpu;

import dev.drivercheck.annotations.NoSleep;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An operation in progress on the GPU (gpu.rs OpGuard): while one exists, the firmware's
 * pending-submissions counter (in memory it shares with the host) is raised and the firmware
 * keeps the GPU powered instead of going idle. Taken by {@link GpuManager#startOp()} before a
 * job's commands are handed to the firmware; dropping it lowers the counter. Dropping never
 * sleeps; a second close does nothing.
 */
public final class OpGuard implements AutoCloseable {
    private final AtomicInteger pendingSubmissions;
    private final AtomicBoolean done = new AtomicBoolean();

    OpGuard(AtomicInteger pendingSubmissions) {
        this.pendingSubmissions = pendingSubmissions;
        pendingSubmissions.incrementAndGet();
    }

    @NoSleep
    @Override
    public void close() {
        if (done.compareAndSet(false, true)) {
            pendingSubmissions.decrementAndGet();
        }
    }
}
