package asahi.alloc;

import dev.drivercheck.annotations.Destructor;
import dev.drivercheck.annotations.MightSleep;
import java.util.concurrent.atomic.AtomicBoolean;
import kernel.drm.mm.MmNode;
import kernel.types.Drop;

/** A GPU object's memory (alloc.rs HeapAllocation): dropping it moves the node to the garbage. */
public final class HeapAllocation implements Drop, AutoCloseable {
    private final HeapAllocator heap;
    private final MmNode<Long> node;
    private final AtomicBoolean dropped = new AtomicBoolean();

    HeapAllocation(HeapAllocator heap, MmNode<Long> node) {
        this.heap = heap;
        this.node = node;
    }

    public long gpuAddr() {
        return node.start();
    }

    public long size() {
        return node.size();
    }

    @Destructor
    @MightSleep
    @Override
    public void drop() {
        if (dropped.compareAndSet(false, true)) {
            heap.free(node);
        }
    }

    @MightSleep
    @Override
    public void close() {
        drop();
    }
}
