package asahi.buffer;

import asahi.alloc.HeapAllocation;
import asahi.alloc.HeapAllocator;
import asahi.slotalloc.SlotGuard;
import dev.drivercheck.annotations.LockClass;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import java.util.ArrayList;
import java.util.List;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;

/**
 * A tiled vertex buffer (buffer.rs Buffer): blocks allocated from the client's allocators, a TVB
 * slot while scenes are active. {@code inner} is taken before the allocators (ualloc) and the slot
 * allocator.
 */
@Pinned
public final class Buffer {
    static final class Inner {
        final List<HeapAllocation> blocks = new ArrayList<>();
        int activeScenes;
        SlotGuard<BufferManager.Slot> activeSlot;
        long lastToken;
        long grows;
    }

    @LockClass("Buffer.inner")
    @Pin final Mutex<Inner> inner = new Mutex<>(new Inner(), "Buffer.inner");
    @LockClass("ualloc")
    private final Mutex<HeapAllocator> ualloc;
    @LockClass("ualloc")
    private final Mutex<HeapAllocator> uallocPriv;
    private final BufferManager mgr;

    public Buffer(BufferManager mgr, Mutex<HeapAllocator> ualloc, Mutex<HeapAllocator> uallocPriv) {
        this.mgr = mgr;
        this.ualloc = ualloc;
        this.uallocPriv = uallocPriv;
    }

    /** ensure_blocks: Buffer.inner -&gt; ualloc -&gt; mm. */
    @MightSleep
    public void ensureBlocks(int n) {
        try (MutexGuard<Inner> g = inner.lock()) {
            while (g.get().blocks.size() < n) {
                try (MutexGuard<HeapAllocator> a = ualloc.lock()) {
                    g.get().blocks.add(a.get().alloc(0x8000));
                }
            }
        }
    }

    /** new_scene: Buffer.inner -&gt; ualloc/ualloc_priv -&gt; mm, and -&gt; the TVB slot allocator. */
    @MightSleep
    public Scene newScene() {
        HeapAllocation sceneObj;
        int slot;
        try (MutexGuard<Inner> g = inner.lock()) {
            Inner in = g.get();
            try (MutexGuard<HeapAllocator> a = ualloc.lock()) {
                sceneObj = a.get().alloc(0x400);
            }
            try (MutexGuard<HeapAllocator> a = uallocPriv.lock()) {
                a.get().alloc(0x100).close();
            }
            if (in.activeSlot == null) {
                in.activeSlot = mgr.get(in.lastToken, this);
                in.lastToken = in.activeSlot.token();
            }
            in.activeScenes++;
            slot = in.activeSlot.slot();
        }
        return new Scene(this, sceneObj, slot);
    }

    /** sync_grow from a firmware request: Buffer.inner -&gt; ualloc -&gt; mm. */
    @MightSleep
    void syncGrow() {
        try (MutexGuard<Inner> g = inner.lock()) {
            try (MutexGuard<HeapAllocator> a = ualloc.lock()) {
                g.get().blocks.add(a.get().alloc(0x8000));
            }
            g.get().grows++;
        }
    }

    /** Scene::drop: Buffer.inner -&gt; (slot guard drop) slot allocator at the last scene. */
    @MightSleep
    void sceneDone() {
        try (MutexGuard<Inner> g = inner.lock()) {
            Inner in = g.get();
            if (--in.activeScenes == 0 && in.activeSlot != null) {
                in.activeSlot.drop();
                in.activeSlot = null;
            }
        }
    }

    /** Frees the blocks (buffer teardown). */
    @MightSleep
    public void free() {
        List<HeapAllocation> blocks;
        try (MutexGuard<Inner> g = inner.lock()) {
            blocks = new ArrayList<>(g.get().blocks);
            g.get().blocks.clear();
        }
        for (HeapAllocation b : blocks) {
            b.close();
        }
    }
}
