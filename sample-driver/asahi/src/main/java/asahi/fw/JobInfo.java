package asahi.fw;

import asahi.object.GpuObject;
import dev.drivercheck.annotations.Destructor;
import dev.drivercheck.annotations.MightSleep;
import kernel.types.Drop;

/**
 * A job's firmware structure (the run command's job info): it points at the job's timestamps,
 * the queue's notifier and the GPU context. As in object.rs, the CPU-side view owns what it
 * points to: the timestamps live exactly as long as this structure.
 */
public final class JobInfo implements Drop {
    public static final long SIZE = 0x800;

    private final GpuObject<Timestamps> timestamps;
    private final long notifierPtr;
    private final long contextPtr;

    public JobInfo(GpuObject<Timestamps> timestamps, long notifierPtr, long contextPtr) {
        this.timestamps = timestamps;
        this.notifierPtr = notifierPtr;
        this.contextPtr = contextPtr;
    }

    public Timestamps timestamps() {
        return timestamps.get();
    }

    public long timestampsPtr() {
        return timestamps.gpuPtr();
    }

    public long notifierPtr() {
        return notifierPtr;
    }

    public long contextPtr() {
        return contextPtr;
    }

    @Destructor
    @MightSleep
    @Override
    public void drop() {
        timestamps.close();
    }
}
