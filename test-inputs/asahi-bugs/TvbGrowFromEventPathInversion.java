// Positive (LockOrderInversion): asahi model, section 6 item 10 (buffer.rs BufferManager::grow: "This
// might deadlock"): the event path grows a buffer while it holds rx_channels (rx_channels ->
// Buffer.inner -> ualloc). The seeded submit path holds Buffer.inner and, when the TVB is short,
// synchronizes with the firmware's pending grow requests for its slot by taking them off the event
// channel itself (Buffer.inner -> rx_channels): the two orders close a cycle.
package inputs.asahibugs.tvbgrowfromeventpathinversion;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import java.util.ArrayList;
import java.util.List;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;

final class HeapAllocator {
    long top;

    long alloc(long size) {
        long at = top;
        top += size;
        return at;
    }
}

final class BufferInner {
    final List<Long> blocks = new ArrayList<>();
    long grows;
}

/** buffer.rs Buffer, trimmed: Buffer.inner is taken before the client allocator (ualloc). */
@Pinned
final class Buffer {
    @Pin final Mutex<BufferInner> inner = new Mutex<>(new BufferInner(), "Buffer.inner");
    final Mutex<HeapAllocator> ualloc;

    Buffer(Mutex<HeapAllocator> ualloc) {
        this.ualloc = ualloc;
    }

    /** sync_grow, from a firmware grow request. */
    void syncGrow() {
        try (MutexGuard<BufferInner> g = inner.lock()) {
            try (MutexGuard<HeapAllocator> a = ualloc.lock()) {
                g.get().blocks.add(a.get().alloc(0x8000));
            }
            g.get().grows++;
        }
    }

    /** ensure_blocks on the submit path, seeded: claims this slot's pending grow requests first. */
    void ensureBlocks(GpuManager gpu, int slot, int n) {
        try (MutexGuard<BufferInner> g = inner.lock()) {
            if (g.get().blocks.size() < n) {
                // :: error: [LockOrderInversion]
                gpu.takeGrowRequests(slot);
            }
            try (MutexGuard<HeapAllocator> a = ualloc.lock()) {
                while (g.get().blocks.size() < n) {
                    g.get().blocks.add(a.get().alloc(0x8000));
                }
            }
        }
    }
}

final class RxChannels {
    final List<Integer> growRequests = new ArrayList<>();
}

/** gpu.rs GpuManager, trimmed: the RTKit worker polls the event ring under rx_channels. */
@Pinned
final class GpuManager {
    @Pin final Mutex<RxChannels> rxChannels = new Mutex<>(new RxChannels(), "rx_channels");
    final Buffer[] owners = new Buffer[127];

    void recvMessage() {
        try (MutexGuard<RxChannels> g = rxChannels.lock()) {
            for (int slot : g.get().growRequests) {
                Buffer owner = owners[slot];
                if (owner != null) {
                    owner.syncGrow();
                }
            }
            g.get().growRequests.clear();
        }
    }

    /** Removes the pending grow requests of one slot (the caller grows the buffer itself). */
    void takeGrowRequests(int slot) {
        try (MutexGuard<RxChannels> g = rxChannels.lock()) {
            g.get().growRequests.removeIf(s -> s == slot);
        }
    }
}
