package asahi.object;

import asahi.alloc.HeapAllocation;
import asahi.alloc.HeapAllocator;
import dev.drivercheck.annotations.Destructor;
import dev.drivercheck.annotations.MightSleep;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import kernel.types.Drop;

/**
 * An array of firmware structures in one GPU allocation (object.rs GpuArray&lt;T&gt;): element
 * {@code i} is at {@code gpuPtr() + i * elementSize}, and {@link #get(int)} is its CPU-side view.
 * Dropping it frees the allocation into its heap's garbage.
 */
public final class GpuArray<T> implements Drop, AutoCloseable {
    private final HeapAllocation alloc;
    private final long elementSize;
    private final List<T> elements;
    private final AtomicBoolean dropped = new AtomicBoolean();

    private GpuArray(HeapAllocation alloc, long elementSize, List<T> elements) {
        this.alloc = alloc;
        this.elementSize = elementSize;
        this.elements = elements;
    }

    /** {@code count} elements of {@code elementSize} bytes from {@code heap}, initialized by {@code init}. */
    @MightSleep
    public static <T> GpuArray<T> create(HeapAllocator heap, int count, long elementSize, IntFunction<T> init) {
        List<T> els = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            els.add(init.apply(i));
        }
        return new GpuArray<>(heap.alloc(count * elementSize), elementSize, Collections.unmodifiableList(els));
    }

    public int length() {
        return elements.size();
    }

    /** The CPU-side view of element {@code i}. */
    public T get(int i) {
        if (dropped.get()) {
            throw new IllegalStateException("GpuArray used after drop");
        }
        return elements.get(i);
    }

    public long gpuPtr() {
        return alloc.gpuAddr();
    }

    /** The firmware's pointer to element {@code i}. */
    public long gpuPtr(int i) {
        if (i < 0 || i >= elements.size()) {
            throw new IndexOutOfBoundsException(i);
        }
        return alloc.gpuAddr() + i * elementSize;
    }

    @Destructor
    @MightSleep
    @Override
    public void drop() {
        if (dropped.compareAndSet(false, true)) {
            alloc.close();
        }
    }

    @MightSleep
    @Override
    public void close() {
        drop();
    }
}
