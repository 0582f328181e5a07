package asahi.event;

import asahi.object.GpuArray;
import asahi.slotalloc.SlotAllocator;
import asahi.slotalloc.SlotGuard;
import asahi.workqueue.WorkQueue;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import java.util.ArrayList;
import java.util.List;
import kernel.sync.LockClassKey;

/**
 * Firmware event slots (event.rs): each busy work queue owns one slot, whose stamp the firmware
 * bumps when a command completes. Signals look the owner up under the slot-allocator mutex, drop
 * the mutex, and only then call into the work queue (so the order is always WQ.inner -&gt; slots).
 */
@Pinned
public final class EventManager {
    public static final int NUM_EVENTS = 128;
    private static final LockClassKey KEY = new LockClassKey("EventManager::SlotAllocator");

    /** Per-slot data (EventInner), protected by the slot allocator's mutex. */
    public static final class Slot {
        WorkQueue owner;
    }

    /** One slot's stamp in GPU memory (fw/event.rs Stamp): the firmware bumps it, the host reads it. */
    public static final class Stamp {
        public static final long SIZE = 8;

        final java.util.concurrent.atomic.AtomicLong value = new java.util.concurrent.atomic.AtomicLong();
    }

    @Pin private final SlotAllocator<Slot> alloc;
    /** The stamps, a GPU array shared with the firmware. */
    private final GpuArray<Stamp> stamps;

    public EventManager(GpuArray<Stamp> stamps) {
        if (stamps.length() < NUM_EVENTS) {
            throw new IllegalArgumentException("need " + NUM_EVENTS + " stamps");
        }
        this.stamps = stamps;
        this.alloc = new SlotAllocator<>(NUM_EVENTS, i -> new Slot(), (slot, s) -> s.owner = null,
                "EventManager::SlotAllocator", KEY);
    }

    /** A slot owned by {@code owner}; may sleep when all are busy. */
    @MightSleep
    public SlotGuard<Slot> get(long token, WorkQueue owner) {
        return alloc.get(token, s -> s.owner = owner);
    }

    /** The firmware's address of slot {@code slot}'s stamp (what its commands point at). */
    public long stampPtr(int slot) {
        return stamps.gpuPtr(slot);
    }

    public long stamp(int slot) {
        return stamps.get(slot).value.get();
    }

    /** Firmware side: the command with {@code value} on {@code slot} completed. */
    public void fwStamp(int slot, long value) {
        stamps.get(slot).value.accumulateAndGet(value, Math::max);
    }

    /** The owner of a slot (cloned under the lock, used after it). */
    @MightSleep
    public WorkQueue getOwner(int slot) {
        return alloc.with((List<Slot> d) -> d.get(slot).owner);
    }

    /** A flag event: wake the owning work queue. */
    @MightSleep
    public void signal(int slot) {
        WorkQueue owner = getOwner(slot);
        if (owner != null) {
            owner.signal();
        }
    }

    /** A fault or timeout on {@code slot}: its pending work completes with {@code error}. */
    @MightSleep
    public void markError(int slot, int error) {
        WorkQueue owner = getOwner(slot);
        if (owner != null) {
            owner.markError(error);
        }
    }

    /** Everything in flight fails (firmware crash). */
    @MightSleep
    public void failAll(int error) {
        List<WorkQueue> owners = alloc.with((List<Slot> d) -> {
            List<WorkQueue> out = new ArrayList<>();
            for (Slot s : d) {
                if (s.owner != null) {
                    out.add(s.owner);
                }
            }
            return out;
        });
        for (WorkQueue wq : owners) {
            wq.failAll(error);
        }
    }
}
