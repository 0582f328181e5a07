// Positive (DrmmEscape): one BoPool class serves a global pool and the per-device pool allocated with
// drmm (the type use @DrmmScoped BoPool). An exported dma-buf (unscoped: the importer may keep it after
// the device is released) may keep the global pool, but storing the drmm pool is reported at the store.
package inputs.lifetime.drmmtypeusestoredindmabuf;

import dev.drivercheck.annotations.*;

/** A buffer-object pool; its lifetime depends on who allocated it. */
final class BoPool {
    void release(int handle) {}
}

final class ExportedBuffer {
    private BoPool owner;
    private BoPool fallback;
    private final int handle;

    ExportedBuffer(int handle) {
        this.handle = handle;
    }

    void setFallback(BoPool globalPool) {
        this.fallback = globalPool;
    }

    void setOwner(@DrmmScoped BoPool devicePool) {
        // :: error: [DrmmEscape]
        this.owner = devicePool;
    }

    void detach() {
        owner.release(handle);
        fallback.release(handle);
    }
}
