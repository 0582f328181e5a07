// Positive (RecursiveLock): asahi model, section 6 item 8 (alloc.rs HeapAllocation::drop): the
// allocation's drop runs under the heap's mm lock (with_inner) and, when the node is not kept as
// garbage, drops it right there; NodeData::drop takes the same mm mutex to give the range back.
package inputs.asahibugs.mmnodedroppedundermmlock;

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
        mm.withInner(in -> {
            if (in.keepGarbage) {
                in.garbage.add(node);
            } else {
                // :: error: [RecursiveLock]
                node.drop();
            }
            return null;
        });
    }
}
