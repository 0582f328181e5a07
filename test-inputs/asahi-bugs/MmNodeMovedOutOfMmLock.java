// Negative (RecursiveLock, LockOrderInversion): asahi model, section 6 item 8, the clean shape of
// alloc.rs: HeapAllocation::drop moves the node out of the with_inner closure and drops it after the
// mm lock is released; collect_garbage drains the garbage under the lock and drops it after. Silent.
package inputs.asahibugs.mmnodemovedoutofmmlock;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;
import kernel.types.Drop;

/** drm::mm::Allocator, trimmed: its state behind one mutex that every node shares. */
@Pinned
final class MmAllocator<A> {
    static final class State<A> {
        final A data;
        long allocated;

        State(A data) {
            this.data = data;
        }
    }

    @Pin final Mutex<State<A>> mm;

    MmAllocator(A data) {
        this.mm = new Mutex<>(new State<>(data), "drm_mm");
    }

    MmNode insert(long size) {
        try (MutexGuard<State<A>> g = mm.lock()) {
            g.get().allocated += size;
            return new MmNode(this, size);
        }
    }

    /** with_inner: runs f under the mm lock. */
    <R> R withInner(Function<A, R> f) {
        try (MutexGuard<State<A>> g = mm.lock()) {
            return f.apply(g.get().data);
        }
    }
}

/** drm::mm::Node: its destructor takes the allocator's mutex. */
final class MmNode implements Drop {
    private final MmAllocator<?> owner;
    final long size;

    MmNode(MmAllocator<?> owner, long size) {
        this.owner = owner;
        this.size = size;
    }

    @Override
    public void drop() {
        try (MutexGuard<? extends MmAllocator.State<?>> g = owner.mm.lock()) {
            g.get().allocated -= size;
        }
    }
}

/** HeapAllocatorInner: the garbage list lives under the mm lock. */
final class HeapInner {
    final List<MmNode> garbage = new ArrayList<>();
    boolean keepGarbage;
}

/** alloc.rs HeapAllocation: dropping it hands the node back to the heap. */
final class HeapAllocation implements Drop {
    private final MmAllocator<HeapInner> mm;
    private final MmNode node;

    HeapAllocation(MmAllocator<HeapInner> mm, MmNode node) {
        this.mm = mm;
        this.node = node;
    }

    @Override
    public void drop() {
        MmNode toDrop = mm.withInner(in -> {
            if (in.keepGarbage) {
                in.garbage.add(node);
                return null;
            }
            return node; // moved out: dropped after the mm lock is released
        });
        if (toDrop != null) {
            toDrop.drop();
        }
    }

    /** collect_garbage: take the garbage out under the mm lock, drop the nodes after it. */
    static int collectGarbage(MmAllocator<HeapInner> mm) {
        List<MmNode> out = mm.withInner(in -> {
            List<MmNode> taken = new ArrayList<>(in.garbage);
            in.garbage.clear();
            return taken;
        });
        for (MmNode n : out) {
            n.drop();
        }
        return out.size();
    }
}
