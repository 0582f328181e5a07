package kernel.drm;

import dev.drivercheck.annotations.MightSleep;

/**
 * The DRM driver callbacks (kernel::drm::Driver): a file is opened per client and released on its
 * last close (postclose).
 *
 * @param <T> the device's driver data
 * @param <F> the driver's per-file state
 */
public interface DrmDriver<T, F> {
    @MightSleep
    F open(DrmDevice<T> dev);

    /** postclose: the file's state is dropped here, in process context. */
    @MightSleep
    void postclose(DrmDevice<T> dev, F file);
}
