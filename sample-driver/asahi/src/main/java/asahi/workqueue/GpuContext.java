package asahi.workqueue;

import dev.drivercheck.annotations.Destructor;
import dev.drivercheck.annotations.MightSleep;
import kernel.types.Drop;

/**
 * A firmware GPU context (workqueue.rs GpuContext). It must be invalidated in the firmware when
 * dropped, which needs a firmware round trip; the drop only queues it on the manager's garbage
 * list, and the next allocation invalidates it.
 */
public final class GpuContext implements Drop {
    /** Where dropped contexts go (GpuManager.free_context). */
    public interface Freer {
        @MightSleep
        void freeContext(long id);
    }

    private final long id;
    private final Freer gpu;

    public GpuContext(long id, Freer gpu) {
        this.id = id;
        this.gpu = gpu;
    }

    public long id() {
        return id;
    }

    @Destructor
    @MightSleep
    @Override
    public void drop() {
        gpu.freeContext(id);
    }
}
