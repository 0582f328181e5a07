package asahi.object;

import asahi.alloc.HeapAllocation;
import asahi.alloc.HeapAllocator;
import dev.drivercheck.annotations.Destructor;
import dev.drivercheck.annotations.MightSleep;
import java.util.concurrent.atomic.AtomicBoolean;
import kernel.types.Drop;

/**
 * A firmware structure in GPU memory (object.rs GpuObject&lt;T&gt;): the allocation the firmware
 * reads and writes, and the CPU-side view {@code T} of it. {@code T} owns what the firmware
 * structure points to, so that those objects live as long as the firmware can reach them.
 * Dropping it returns the memory to its heap's garbage (reused only after a firmware cache flush)
 * and then drops {@code T} if it has a destructor.
 *
 * <pre>{@code
 * try (MutexGuard<KernelAllocators> a = gpu.alloc()) {
 *     GpuObject<Timestamps> ts = GpuObject.create(a.get().gpu, Timestamps.SIZE, new Timestamps());
 * }
 * }</pre>
 */
public final class GpuObject<T> implements Drop, AutoCloseable {
    private final HeapAllocation alloc;
    private final T inner;
    private final AtomicBoolean dropped = new AtomicBoolean();

    private GpuObject(HeapAllocation alloc, T inner) {
        this.alloc = alloc;
        this.inner = inner;
    }

    /** new_init: allocates {@code size} bytes from {@code heap} (may grow it: sleeps) for {@code inner}. */
    @MightSleep
    public static <T> GpuObject<T> create(HeapAllocator heap, long size, T inner) {
        return new GpuObject<>(heap.alloc(size), inner);
    }

    /** The firmware's pointer to the structure. */
    public long gpuPtr() {
        return alloc.gpuAddr();
    }

    /** The CPU-side view (shared with the firmware: fields it writes are atomics). */
    public T get() {
        if (dropped.get()) {
            throw new IllegalStateException("GpuObject<" + inner.getClass().getSimpleName() + "> used after drop");
        }
        return inner;
    }

    /** Frees the memory into the heap's garbage: takes the heap's mm lock (sleeps). */
    @Destructor
    @MightSleep
    @Override
    public void drop() {
        if (dropped.compareAndSet(false, true)) {
            alloc.close();
            if (inner instanceof Drop) {
                ((Drop) inner).drop(); // what the firmware structure pointed to goes with it
            }
        }
    }

    @MightSleep
    @Override
    public void close() {
        drop();
    }

    @Override
    public String toString() {
        return "GpuObject<" + inner.getClass().getSimpleName() + ">@" + Long.toHexString(gpuPtr());
    }
}
