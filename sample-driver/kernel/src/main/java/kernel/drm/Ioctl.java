package kernel.drm;

import dev.drivercheck.annotations.MightSleep;

/** One ioctl handler: called in process context by {@link DrmFile#ioctl}. */
@FunctionalInterface
public interface Ioctl<T, F, A> {
    @MightSleep
    long call(DrmDevice<T> dev, F file, A arg);
}
