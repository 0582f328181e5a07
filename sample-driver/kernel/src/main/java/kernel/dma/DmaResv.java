package kernel.dma;

import dev.drivercheck.annotations.Holds;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.NoSleep;
import java.util.ArrayList;
import java.util.List;
import kernel.sync.WwClass;
import kernel.sync.WwMutex;

/**
 * A reservation object ({@code struct dma_resv}): the ww mutex of a buffer (GEM object, VM) and,
 * under it, the list of fences of the work using the buffer (a placeholder here: plain objects).
 * Every reservation lock is of the one wound-wait class {@link #reservation}, so any set of
 * buffers can be locked together under one acquire context (see {@code kernel.drm.exec.DrmExec}).
 *
 * <p>It is its ww mutex (the kernel's {@code dma_resv::lock}): the lock calls are the inherited
 * {@link WwMutex} operations, {@code dma_resv_lock(obj, ctx)} being {@code obj.lock(ctx)}, with the
 * ww status codes 0, {@code -EDEADLK}, {@code -EALREADY} (and {@code -EINTR} when interruptible);
 * {@code dma_resv_trylock(obj)} is {@code obj.tryLock(null)}.
 */
@LockType(LockKind.WW_MUTEX)
@dev.drivercheck.annotations.WwClass("reservation") // every reservation object is of this ww class
public final class DmaResv extends WwMutex<Void> {
    /** reservation_ww_class: the wound-wait class of every reservation lock. */
    public static final WwClass reservation = WwClass.woundWait("reservation");

    /** Guarded by the reservation lock. */
    private final List<Object> fences = new ArrayList<>();

    public DmaResv() {
        this(null);
    }

    /** A named reservation object; the name only shows in reports. */
    public DmaResv(String name) {
        super(reservation, null, name);
    }

    /** dma_resv_add_fence() (placeholder fences); the caller holds the reservation. */
    @Holds("this")
    @NoSleep
    public void addFence(Object fence) {
        checkHeld();
        fences.add(fence);
    }

    /** The fences (a copy); the caller holds the reservation. */
    @Holds("this")
    @NoSleep
    public List<Object> fences() {
        checkHeld();
        return List.copyOf(fences);
    }

    @Override
    public String toString() {
        return "DmaResv(" + super.toString() + ")";
    }

    private void checkHeld() {
        if (!isHeldByCurrentThread()) {
            throw new IllegalStateException(this + " is not held by " + Thread.currentThread().getName());
        }
    }
}
