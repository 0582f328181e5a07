package asahi.buffer;

import asahi.slotalloc.SlotAllocator;
import asahi.slotalloc.SlotGuard;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.LockClassKey;

/** TVB slots (buffer.rs BufferManager): the owner of each busy slot, for grow requests. */
@Pinned
public final class BufferManager {
    public static final int NUM_SLOTS = 127;
    private static final LockClassKey KEY = new LockClassKey("BufferManager::SlotAllocator");

    /** BufferSlotInner: the owning buffer (a strong reference while the slot is busy). */
    public static final class Slot {
        Buffer owner;
    }

    @Pin private final SlotAllocator<Slot> alloc = new SlotAllocator<>(NUM_SLOTS, i -> new Slot(),
            (slot, s) -> s.owner = null, "BufferManager::SlotAllocator", KEY);

    @MightSleep
    SlotGuard<Slot> get(long token, Buffer owner) {
        return alloc.get(token, s -> s.owner = owner);
    }

    /** A grow request from the firmware (event path): look up the owner, release, then grow it. */
    @MightSleep
    public void grow(int slot) {
        Buffer owner = alloc.with((java.util.List<Slot> d) -> d.get(slot).owner);
        if (owner != null) {
            owner.syncGrow();
        }
    }
}
