package kernel.alloc;

import dev.drivercheck.annotations.CalledInPlace;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * A growable vector whose growth allocates with explicit flags (kernel::alloc::KVec). Every
 * {@code ...Kernel} method may sleep (it may allocate with GFP_KERNEL); the {@code ...Atomic} ones
 * never do. Elements are not dropped by the vector: drain Drop elements with {@link #pop()}.
 * Not synchronized: protect it with a lock like any kernel data.
 */
public final class KVec<T> implements Iterable<T> {
    private final ArrayList<T> items;
    private int capacity;

    private KVec(int capacity) {
        this.items = new ArrayList<>(capacity);
        this.capacity = capacity;
    }

    /** KVec::new(): no allocation yet. */
    @NoSleep
    public static <T> KVec<T> create() {
        return new KVec<>(0);
    }

    /** KVec::with_capacity(n, GFP_KERNEL). */
    @MightSleep
    public static <T> KVec<T> withCapacityKernel(int capacity) {
        Kmalloc.prepare(Gfp.KERNEL, "KVec::with_capacity");
        return new KVec<>(capacity);
    }

    /** KVec::with_capacity(n, GFP_ATOMIC). */
    @NoSleep
    public static <T> KVec<T> withCapacityAtomic(int capacity) {
        Kmalloc.prepare(Gfp.ATOMIC, "KVec::with_capacity");
        return new KVec<>(capacity);
    }

    /** push(value, GFP_KERNEL). Checked as sleeping even when no growth is needed, like might_sleep(). */
    @MightSleep
    public void pushKernel(T value) {
        push(value, Gfp.KERNEL);
    }

    /** push(value, GFP_ATOMIC). */
    @NoSleep
    public void pushAtomic(T value) {
        push(value, Gfp.ATOMIC);
    }

    /** reserve(n, GFP_KERNEL): room for {@code additional} more elements. */
    @MightSleep
    public void reserveKernel(int additional) {
        reserve(additional, Gfp.KERNEL);
    }

    /** reserve(n, GFP_ATOMIC). */
    @NoSleep
    public void reserveAtomic(int additional) {
        reserve(additional, Gfp.ATOMIC);
    }

    public T get(int index) {
        return items.get(index);
    }

    public void set(int index, T value) {
        items.set(index, value);
    }

    /** Removes and returns the last element, or null when empty. */
    public T pop() {
        return items.isEmpty() ? null : items.remove(items.size() - 1);
    }

    public int size() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public int capacity() {
        return capacity;
    }

    /** Forgets all elements (keeps the capacity). */
    public void clear() {
        items.clear();
    }

    /** A copy of the elements. */
    public List<T> toList() {
        return List.copyOf(items);
    }

    @Override
    public Iterator<T> iterator() {
        return items.iterator();
    }

    /** Runs {@code action} on each element, here and now. */
    @Override
    public void forEach(@CalledInPlace Consumer<? super T> action) {
        items.forEach(action);
    }

    private void push(T value, Gfp gfp) {
        // the debug hook fires on every GFP_KERNEL push, as might_sleep() does, not only on growth
        Kmalloc.prepare(gfp, "KVec::push");
        if (items.size() == capacity) {
            capacity = Math.max(4, capacity * 2);
            items.ensureCapacity(capacity);
        }
        items.add(value);
    }

    private void reserve(int additional, Gfp gfp) {
        Kmalloc.prepare(gfp, "KVec::reserve");
        if (items.size() + additional > capacity) {
            capacity = items.size() + additional;
            items.ensureCapacity(capacity);
        }
    }
}
