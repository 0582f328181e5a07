package kernel.xarray;

import dev.drivercheck.annotations.Owned;
import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import dev.drivercheck.annotations.RequiresPinned;
import java.util.TreeMap;
import kernel.debug.AtomicContextTracker;
import kernel.error.Errno;
import kernel.error.KernelException;
import kernel.sync.SpinLock;

/**
 * A sparse array of owned entries indexed by integers (kernel::xarray::XArray). Its internal lock,
 * xa_lock, is a spinlock: {@link #lock()} returns a guard under which the holder is atomic and must
 * not sleep. The idiom is to clone what is needed (an Arc, a handle) under the guard, drop the
 * guard, and only then do sleeping work.
 *
 * <p>Pinned, like the C struct xarray it embeds (its spinlock), so it is a {@code @Pin} field of a
 * {@code @Pinned} owner. Its entries are recorded by address, so only pinned values may be stored
 * ({@code @RequiresPinned}): pin-initialized structs, or {@code Pin} slots ({@code Pin<KBox<T>>}).
 */
@Pinned
public final class XArray<T> {
    /** xa_lock: one lock class for all XArrays (as the C xa_init site). */
    @Pin final SpinLock<TreeMap<Long, T>> xa;
    private final boolean alloc1;

    /** @param alloc1 XA_FLAGS_ALLOC1: allocated indices start at 1 */
    public XArray(boolean alloc1) {
        this.xa = new SpinLock<>(new TreeMap<>(), "xa_lock");
        this.alloc1 = alloc1;
    }

    /** xa_lock(): the guard gives access to the entries; never sleep while holding it. */
    @Acquires("xa")
    @NoSleep
    public XArrayGuard<T> lock() {
        return new XArrayGuard<>(xa.lock(), alloc1);
    }

    /**
     * xa_alloc(GFP_KERNEL): stores {@code value} at a free index and returns the index. The
     * allocation is done before the lock is taken (it may sleep), the store under it.
     */
    @MightSleep
    public long alloc(@Owned @RequiresPinned T value, long limit) {
        AtomicContextTracker.mightSleep("xa_alloc(GFP_KERNEL)");
        try (XArrayGuard<T> g = lock()) {
            long idx = g.findFree(limit);
            if (idx < 0) {
                throw new KernelException(Errno.EBUSY, "xarray full");
            }
            g.store(idx, value);
            return idx;
        }
    }

    /** xa_erase(): removes and returns the entry (ownership goes to the caller), or null. */
    @NoSleep
    public T remove(long index) {
        try (XArrayGuard<T> g = lock()) {
            return g.remove(index);
        }
    }
}
