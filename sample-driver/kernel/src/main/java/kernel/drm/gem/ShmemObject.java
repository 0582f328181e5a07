package kernel.drm.gem;

import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.PinInit;
import kernel.debug.AtomicContextTracker;
import kernel.dma.DmaResv;
import kernel.types.ARef;

/**
 * A shmem-backed GEM object (kernel::drm::gem::shmem::Object) with driver data {@code T}. Its
 * pages are allocated on first use (sleeps).
 */
public final class ShmemObject<T> extends GemObject {
    private final T data;
    private byte[] pages;

    private ShmemObject(long size, DmaResv resv, GemObjectOps ops, T data) {
        super(size, resv, ops);
        this.data = data;
    }

    /**
     * drm_gem_shmem_create: the caller owns the first reference. {@code sharedResv} null gives
     * the object a reservation of its own; a VM's reservation makes it VM-private.
     */
    @MightSleep
    @PinInit
    public static <T> ARef<ShmemObject<T>> create(long size, DmaResv sharedResv, GemObjectOps ops, T data) {
        AtomicContextTracker.mightSleep("drm_gem_shmem_create");
        return ARef.fromRaw(new ShmemObject<>(size, sharedResv, ops, data));
    }

    public T data() {
        return data;
    }

    /** drm_gem_shmem_get_pages_sgt: allocates the backing pages (small in the model). */
    @MightSleep
    public synchronized byte[] pages() {
        AtomicContextTracker.mightSleep("shmem get pages");
        if (pages == null) {
            pages = new byte[(int) Math.min(size(), 4096)];
        }
        return pages;
    }
}
