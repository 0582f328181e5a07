package kernel.dma.fence;

import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.PinInit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import kernel.sync.LockClassKey;
import kernel.types.ARef;

/**
 * A set of fence timelines (dma_fence_context_alloc(n)) sharing one lock class key: each context
 * numbers its fences in order.
 */
public final class FenceContexts {
    private static final AtomicLong NEXT_CONTEXT = new AtomicLong(1);

    private final long base;
    private final AtomicLongArray seqnos;
    private final String name;
    private final LockClassKey key;

    /** @param key a {@code static final} key: the lock class of every fence made here */
    public FenceContexts(int count, String name, LockClassKey key) {
        this.base = NEXT_CONTEXT.getAndAdd(count);
        this.seqnos = new AtomicLongArray(count);
        this.name = name;
        this.key = key;
    }

    /** A new fence on timeline {@code index}, built in its own allocation; the caller owns its one reference. */
    @NoSleep
    @PinInit
    public ARef<DmaFence> newFence(int index, FenceOps ops) {
        long seq = seqnos.incrementAndGet(index);
        return ARef.fromRaw(new DmaFence(ops, base + index, seq, key));
    }

    public String name() {
        return name;
    }
}
