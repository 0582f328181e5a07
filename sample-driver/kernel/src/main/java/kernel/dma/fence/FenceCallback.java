package kernel.dma.fence;

import dev.drivercheck.annotations.AtomicContext;
import dev.drivercheck.annotations.Context;

/**
 * A dma_fence callback (dma_fence_add_callback). It runs when the fence signals, under the fence's
 * spinlock with interrupts off: it must not sleep, and must not drop anything whose destructor
 * sleeps (defer to a workqueue).
 */
@FunctionalInterface
public interface FenceCallback {
    @AtomicContext(Context.ATOMIC)
    void signalled(DmaFence fence);
}
