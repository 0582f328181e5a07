package asahi.workqueue;

import asahi.fw.GpuContextData;
import asahi.object.GpuObject;
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

        /** free_context with the firmware object; by default the object is freed at once. */
        @MightSleep
        default void freeContext(long id, GpuObject<GpuContextData> data) {
            freeContext(id);
            if (data != null) {
                data.close();
            }
        }
    }

    private final long id;
    private final Freer gpu;
    /** The firmware's context structure (GpuContextData), or null for a context without one. */
    private final GpuObject<GpuContextData> data;

    public GpuContext(long id, Freer gpu) {
        this.id = id;
        this.gpu = gpu;
        this.data = null;
    }

    /** A context backed by its firmware object, which it hands to {@code free_context} when dropped. */
    public GpuContext(GpuObject<GpuContextData> data, Freer gpu) {
        this.id = data.get().id();
        this.gpu = gpu;
        this.data = data;
    }

    public long gpuPtr() {
        return data == null ? 0 : data.gpuPtr();
    }

    public long id() {
        return id;
    }

    @Destructor
    @MightSleep
    @Override
    public void drop() {
        gpu.freeContext(id, data);
    }
}
