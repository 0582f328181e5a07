package kernel.drm.mm;

import dev.drivercheck.annotations.Destructor;
import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.Releases;
import dev.drivercheck.annotations.LockClass;
import dev.drivercheck.annotations.MightSleep;
import java.util.concurrent.atomic.AtomicBoolean;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;
import kernel.types.Drop;

/**
 * An allocated range (kernel::drm::mm::Node, a pinned NodeData). It shares its allocator's mutex,
 * and its destructor takes it to give the range back: drop nodes only where that mutex is not held.
 */
public final class MmNode<T> implements Drop {
    @LockClass("drm_mm")
    private final Mutex<? extends MmInner<?>> mm;
    private final long start;
    private final long size;
    private final T value;
    private final AtomicBoolean freed = new AtomicBoolean();

    MmNode(Mutex<? extends MmInner<?>> mm, long start, long size, T value) {
        this.mm = mm;
        this.start = start;
        this.size = size;
        this.value = value;
    }

    public long start() {
        return start;
    }

    public long size() {
        return size;
    }

    public T value() {
        return value;
    }

    /**
     * drm_mm_remove_node under the allocator's mutex (NodeData::drop): never drop a node with
     * that mutex held ({@link MmAllocator#withInner}), it is not recursive.
     */
    @Destructor
    @Acquires("mm")
    @Releases("mm")
    @MightSleep
    @Override
    public void drop() {
        if (!freed.compareAndSet(false, true)) {
            throw new IllegalStateException("drm_mm node dropped twice");
        }
        try (MutexGuard<? extends MmInner<?>> g = mm.lock()) {
            g.get().nodes.remove(start);
        }
    }

    @Override
    public String toString() {
        return "mm node [" + Long.toHexString(start) + "+" + Long.toHexString(size) + "]";
    }
}
