package kernel.drm;

import dev.drivercheck.annotations.NoSleep;
import java.util.concurrent.atomic.AtomicInteger;

/** A drm_dev_enter() section; closing it is drm_dev_exit(). */
public final class DrmDevEnter implements AutoCloseable {
    private final AtomicInteger readers;
    private boolean open = true;

    DrmDevEnter(AtomicInteger readers) {
        this.readers = readers;
    }

    @NoSleep
    @Override
    public void close() {
        if (open) {
            open = false;
            readers.decrementAndGet();
        }
    }
}
