package kernel.drm;

import kernel.drm.syncobj.SyncObjTable;

import dev.drivercheck.annotations.MightSleep;

/**
 * The DRM driver callbacks (kernel::drm::Driver): a file is opened per client and released on its
 * last close (postclose).
 *
 * @param <T> the device's driver data
 * @param <F> the driver's per-file state
 */
public interface DrmDriver<T, F> {
    /** open: the driver's file state; {@code syncobjs} is the file's syncobj handle table. */
    @MightSleep
    F open(DrmDevice<T> dev, SyncObjTable syncobjs);

    /** postclose: the file's state is dropped here, in process context. */
    @MightSleep
    void postclose(DrmDevice<T> dev, F file);
}
