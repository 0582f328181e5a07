package asahi.slotalloc;

import dev.drivercheck.annotations.Destructor;
import dev.drivercheck.annotations.MightSleep;
import java.util.concurrent.atomic.AtomicBoolean;
import kernel.types.Drop;

/** An allocated slot (slotalloc::Guard): dropping it gives the slot back (takes the allocator mutex). */
public final class SlotGuard<T> implements Drop, AutoCloseable {
    private final SlotAllocator<T> alloc;
    private final int slot;
    private final long token;
    private final AtomicBoolean dropped = new AtomicBoolean();

    SlotGuard(SlotAllocator<T> alloc, int slot, long token) {
        this.alloc = alloc;
        this.slot = slot;
        this.token = token;
    }

    public int slot() {
        return slot;
    }

    public long token() {
        return token;
    }

    @Destructor
    @MightSleep
    @Override
    public void drop() {
        if (dropped.compareAndSet(false, true)) {
            alloc.put(slot);
        }
    }

    @MightSleep
    @Override
    public void close() {
        drop();
    }
}
