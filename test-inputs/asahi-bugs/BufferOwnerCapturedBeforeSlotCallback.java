// Negative (RecursiveLock, LockOrderInversion): asahi model, section 6 item 9, the clean shape of
// buffer.rs new_scene: Buffer.inner is held while the TVB slot allocator runs its callback under
// its own mutex, but the callback only stores the buffer reference taken before the call, and the
// slot is read from the held guard, never through a path that locks Buffer.inner again. Silent.
package inputs.asahibugs.bufferownercapturedbeforeslotcallback;

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
    int activeSlot = -1;
    int activeScenes;
}

final class Scene {
    final Buffer buffer;
    final int slot;

    Scene(Buffer buffer, int slot) {
        this.buffer = buffer;
        this.slot = slot;
    }
}

@Pinned
final class Buffer {
    @Pin final Mutex<BufferInner> inner = new Mutex<>(new BufferInner(), "Buffer.inner");
    private final SlotAllocator<BufferSlot> slots;

    Buffer(SlotAllocator<BufferSlot> slots) {
        this.slots = slots;
    }

    Scene newScene() {
        Buffer owner = this;
        try (MutexGuard<BufferInner> g = inner.lock()) {
            BufferInner in = g.get();
            if (in.activeSlot < 0) {
                in.activeSlot = slots.get(s -> s.owner = owner);
            }
            in.activeScenes++;
            return new Scene(this, in.activeSlot);
        }
    }
}
