package kernel.dma.fence;

import dev.drivercheck.annotations.NoSleep;

/**
 * The driver side of a fence (dma_fence_ops plus the Rust FenceOps): names, and the release of the
 * driver data when the last reference goes, which may happen in any context, atomic included.
 */
public interface FenceOps {
    String driverName();

    String timelineName();

    /** Runs on the final put, in whatever context it happens: must not sleep. */
    @NoSleep
    default void release() {}
}
