package asahi.alloc;

import asahi.mmu.KernelMapping;
import asahi.mmu.Vm;
import dev.drivercheck.annotations.MightSleep;
import java.util.ArrayList;
import java.util.List;
import kernel.drm.gem.GemObjectOps;
import kernel.drm.gem.ShmemObject;
import kernel.drm.mm.MmAllocator;
import kernel.drm.mm.MmNode;
import kernel.sync.LockClassKey;
import kernel.types.ARef;

/**
 * A grow-only GPU heap (alloc.rs HeapAllocator) over a drm_mm range: backing blocks are GEM objects
 * mapped into the VM as the heap grows. Freed allocations become garbage (kept under the mm lock),
 * reused only after a firmware cache flush; nodes are dropped outside the mm lock, since dropping
 * a node takes it.
 */
public final class HeapAllocator implements AutoCloseable {
    private static final LockClassKey MM_KEY = new LockClassKey("HeapAllocator::mm");
    private static final long BLOCK = 0x10_0000;

    /** HeapAllocatorInner: protected by the mm lock. */
    static final class Inner {
        final List<MmNode<Long>> garbage = new ArrayList<>();
        long garbageBytes;
        long allocated;
    }

    private final String name;
    private final Vm vm;
    private final MmAllocator<Inner, Long> mm;
    private final List<KernelMapping> backing = new ArrayList<>();
    private final List<ARef<ShmemObject<Void>>> objects = new ArrayList<>();
    private long top;
    private final long start;

    public HeapAllocator(String name, Vm vm, long start, long size) {
        this.name = name;
        this.vm = vm;
        this.start = start;
        this.top = start;
        this.mm = new MmAllocator<>(start, size, new Inner(), MM_KEY);
    }

    /** An allocation; grows the heap (mapping a new block, outside the mm lock) when needed. */
    @MightSleep
    public HeapAllocation alloc(long size) {
        MmNode<Long> node = mm.insertNode(size, size, 64);
        while (node.start() + node.size() > top) {
            addBlock();
        }
        mm.withInner(in -> in.allocated += size);
        return new HeapAllocation(this, node);
    }

    @MightSleep
    private synchronized void addBlock() {
        ARef<ShmemObject<Void>> obj = ShmemObject.create(BLOCK, vm.resv(), new GemObjectOps() {}, null);
        KernelMapping m = vm.mapInRange(obj.get(), BLOCK);
        backing.add(m);
        objects.add(obj);
        top = Math.max(top, start) + BLOCK;
    }

    /** HeapAllocation::drop: the node goes to the garbage list, under the mm lock (not dropped there). */
    @MightSleep
    void free(MmNode<Long> node) {
        mm.withInner(in -> {
            in.garbage.add(node);
            in.garbageBytes += node.size();
            in.allocated -= node.size();
            return null;
        });
    }

    /** Garbage bytes waiting for a flush. */
    @MightSleep
    public long garbageBytes() {
        return mm.withInner(in -> in.garbageBytes);
    }

    /** collect_garbage: take the garbage out under the mm lock, drop the nodes after it. */
    @MightSleep
    public int collectGarbage() {
        List<MmNode<Long>> g = mm.withInner(in -> {
            List<MmNode<Long>> out = new ArrayList<>(in.garbage);
            in.garbage.clear();
            in.garbageBytes = 0;
            return out;
        });
        for (MmNode<Long> n : g) {
            n.drop();
        }
        return g.size();
    }

    public String name() {
        return name;
    }

    @MightSleep
    @Override
    public void close() {
        collectGarbage();
        for (KernelMapping m : backing) {
            m.close();
        }
        for (ARef<ShmemObject<Void>> o : objects) {
            o.close();
        }
        backing.clear();
        objects.clear();
    }
}
