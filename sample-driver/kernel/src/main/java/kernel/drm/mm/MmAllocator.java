package kernel.drm.mm;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.CalledInPlace;
import dev.drivercheck.annotations.LockClass;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Releases;
import java.util.function.Function;
import kernel.error.Errno;
import kernel.error.KernelException;
import kernel.sync.LockClassKey;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;
import kernel.types.Pin;

/**
 * A range allocator (kernel::drm::mm::Allocator over struct drm_mm), with the allocator data
 * {@code A} and per-node data {@code T}. Its state is behind a mutex that every {@link MmNode}
 * shares: dropping a node takes that mutex, so a node must never be dropped while it is held
 * (for instance inside {@link #withInner}).
 */
public final class MmAllocator<A, T> {
    @LockClass("drm_mm")
    final Mutex<MmInner<A>> mm;

    /** @param key the lock class of this allocator's mutex (a {@code static final} key) */
    public MmAllocator(long start, long size, A data, LockClassKey key) {
        // Arc<Mutex<MmInner>> in Rust: the mutex lives in its own pinned allocation, shared with the nodes
        this.mm = Pin.<Mutex<MmInner<A>>>box(slot -> new Mutex<>(new MmInner<>(start, size, data), key)).get();
    }

    /** drm_mm_insert_node_in_range: a node of {@code size} bytes aligned to {@code align}. */
    @Acquires("mm")
    @Releases("mm")
    @MightSleep
    public MmNode<T> insertNode(T value, long size, long align) {
        try (MutexGuard<MmInner<A>> g = mm.lock()) {
            long at = g.get().find(size, align);
            if (at < 0) {
                throw new KernelException(Errno.ENOSPC, "drm_mm: no room for " + size + " bytes");
            }
            g.get().nodes.put(at, size);
            return new MmNode<>(mm, at, size, value);
        }
    }

    /** drm_mm_reserve_node: a node at a fixed place. */
    @Acquires("mm")
    @Releases("mm")
    @MightSleep
    public MmNode<T> reserveNode(T value, long start, long size) {
        try (MutexGuard<MmInner<A>> g = mm.lock()) {
            if (start < g.get().start || start + size > g.get().end || !g.get().free(start, size)) {
                throw new KernelException(Errno.ENOSPC, "drm_mm: range " + start + "+" + size + " is taken");
            }
            g.get().nodes.put(start, size);
            return new MmNode<>(mm, start, size, value);
        }
    }

    /** Runs {@code f} on the allocator data under the mm lock (with_inner). Never drop a node in it. */
    @MightSleep
    @Acquires("mm")
    @Releases("mm")
    public <R> R withInner(@CalledInPlace Function<A, R> f) {
        try (MutexGuard<MmInner<A>> g = mm.lock()) {
            return f.apply(g.get().data);
        }
    }

    /** Bytes allocated now. */
    @Acquires("mm")
    @Releases("mm")
    @MightSleep
    public long allocated() {
        try (MutexGuard<MmInner<A>> g = mm.lock()) {
            long sum = 0;
            for (long s : g.get().nodes.values()) {
                sum += s;
            }
            return sum;
        }
    }
}
