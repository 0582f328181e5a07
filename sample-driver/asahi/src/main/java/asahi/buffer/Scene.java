package asahi.buffer;

import asahi.alloc.HeapAllocation;
import dev.drivercheck.annotations.Destructor;
import dev.drivercheck.annotations.MightSleep;
import java.util.concurrent.atomic.AtomicBoolean;
import kernel.types.Drop;

/** One render pass's use of a buffer (buffer.rs Scene): holds the buffer's TVB slot busy. */
public final class Scene implements Drop, AutoCloseable {
    private final Buffer buffer;
    private final HeapAllocation object;
    private final int slot;
    private final AtomicBoolean dropped = new AtomicBoolean();

    Scene(Buffer buffer, HeapAllocation object, int slot) {
        this.buffer = buffer;
        this.object = object;
        this.slot = slot;
    }

    public int slot() {
        return slot;
    }

    @Destructor
    @MightSleep
    @Override
    public void drop() {
        if (dropped.compareAndSet(false, true)) {
            object.close();
            buffer.sceneDone();
        }
    }

    @MightSleep
    @Override
    public void close() {
        drop();
    }
}
