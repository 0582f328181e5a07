// Positive (RecursiveLock): asahi model, section 6 item 9 (buffer.rs Buffer::new_scene): new_scene
// holds Buffer.inner while the TVB slot allocator runs its callback, and the callback reaches the
// owning buffer through the inner back-pointer path, locking Buffer.inner again (the deadlock the
// driver's comment describes). Reported at the call made inside the callback.
package inputs.asahibugs.bufferinnerretakeninslotcallback;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import java.util.function.Consumer;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;

/** slotalloc.rs, trimmed: get() runs the callback on the slot data under the allocator mutex. */
@Pinned
final class SlotAllocator<T> {
    static final class Slots<T> {
        final T[] data;
        int next;

        Slots(T[] data) {
            this.data = data;
        }
    }

    @Pin private final Mutex<Slots<T>> inner;

    SlotAllocator(T[] data) {
        this.inner = new Mutex<>(new Slots<>(data), "BufferManager::SlotAllocator");
    }

    int get(Consumer<T> cb) {
        try (MutexGuard<Slots<T>> g = inner.lock()) {
            int slot = g.get().next++ % g.get().data.length;
            cb.accept(g.get().data[slot]);
            return slot;
        }
    }
}

/** BufferSlotInner: the buffer that owns a busy slot (grow requests go to it). */
final class BufferSlot {
    Buffer owner;
}

final class BufferInner {
    /** The path back to the buffer (through the scene object's inner.buffer). */
    Buffer self;
    int activeSlot = -1;
    int activeScenes;
}

@Pinned
final class Buffer {
    @Pin final Mutex<BufferInner> inner = new Mutex<>(new BufferInner(), "Buffer.inner");
    private final SlotAllocator<BufferSlot> slots;

    Buffer(SlotAllocator<BufferSlot> slots) {
        this.slots = slots;
    }

    /** The owner pointer, fetched through inner. */
    Buffer ownerThroughInner() {
        try (MutexGuard<BufferInner> g = inner.lock()) {
            return g.get().self;
        }
    }

    int newScene() {
        try (MutexGuard<BufferInner> g = inner.lock()) {
            BufferInner in = g.get();
            if (in.activeSlot < 0) {
                in.activeSlot = slots.get(s -> {
                    // :: error: [RecursiveLock]
                    s.owner = ownerThroughInner();
                });
            }
            in.activeScenes++;
            return in.activeSlot;
        }
    }
}
