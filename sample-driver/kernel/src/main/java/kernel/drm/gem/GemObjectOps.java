package kernel.drm.gem;

import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;

/** Driver callbacks of a GEM object (kernel::drm::gem::DriverObject). */
public interface GemObjectOps {
    /** A handle of {@code file} to the object was closed. Process context, may sleep. */
    @MightSleep
    default void close(GemObject obj, Object file) {}

    /** The last reference went: free the driver data. */
    @NoSleep
    default void free(GemObject obj) {}
}
