package kernel.dma;

import dev.drivercheck.annotations.Holds;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.WwOp;
import java.util.ArrayList;
import java.util.List;
import kernel.sync.WwAcquireCtx;
import kernel.sync.WwClass;
import kernel.sync.WwMutex;

/**
 * A reservation object ({@code struct dma_resv}): the ww mutex of a buffer (GEM object, VM) and,
 * under it, the list of fences of the work using the buffer (a placeholder here: plain objects).
 * All reservation locks are of the one wound-wait class {@link #reservation}, so any set of
 * buffers can be locked together under one {@link WwAcquireCtx} (see {@code kernel.drm.exec.DrmExec}).
 *
 * <p>The lock calls are {@code dma_resv_lock()} and friends, with the ww status codes of
 * {@link WwMutex}: 0, {@code -EDEADLK}, {@code -EALREADY} (and {@code -EINTR} when interruptible).
 */
@LockType(LockKind.WW_MUTEX)
public final class DmaResv {
    /** reservation_ww_class: the wound-wait class of every reservation lock. */
    public static final WwClass reservation = WwClass.woundWait("reservation");

    @dev.drivercheck.annotations.WwClass("reservation")
    private final WwMutex<Void> lock;
    /** Guarded by the reservation lock. */
    private final List<Object> fences = new ArrayList<>();

    public DmaResv() {
        this(null);
    }

    /** A named reservation object; the name only shows in reports. */
    public DmaResv(String name) {
        this.lock = new WwMutex<>(reservation, null, name);
    }

    /** dma_resv_lock(): 0, -EDEADLK or -EALREADY ({@code null} context: a plain lock, 0). */
    @WwOp(WwOp.Kind.LOCK)
    @MightSleep
    public int lock(WwAcquireCtx ctx) {
        return lock.lock(ctx);
    }

    /** dma_resv_lock_interruptible(): like {@link #lock}, or -EINTR. */
    @WwOp(WwOp.Kind.LOCK_INTERRUPTIBLE)
    @MightSleep
    public int lockInterruptible(WwAcquireCtx ctx) {
        return lock.lockInterruptible(ctx);
    }

    /** dma_resv_lock_slow(): after -EDEADLK on this object, with nothing else of the context held. */
    @WwOp(WwOp.Kind.LOCK_SLOW)
    @MightSleep
    public void lockSlow(WwAcquireCtx ctx) {
        lock.lockSlow(ctx);
    }

    /** dma_resv_trylock(): no context; true when acquired. */
    @WwOp(WwOp.Kind.TRY_LOCK)
    @NoSleep
    public boolean tryLock() {
        return lock.tryLock(null);
    }

    /** dma_resv_unlock(). */
    @WwOp(WwOp.Kind.UNLOCK)
    @NoSleep
    public void unlock() {
        lock.unlock();
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

    /** dma_resv_assert_held(): throws unless the current thread holds the reservation. */
    @Holds("this")
    @NoSleep
    public void assertHeld() {
        checkHeld();
    }

    /** Whether the current thread holds the reservation lock. */
    public boolean isHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }

    /** Whether {@code ctx} holds the reservation lock. */
    public boolean isHeldBy(WwAcquireCtx ctx) {
        return lock.isHeldBy(ctx);
    }

    public boolean isLocked() {
        return lock.isLocked();
    }

    /** The ww mutex itself (dma_resv::lock). */
    public WwMutex<Void> wwMutex() {
        return lock;
    }

    @Override
    public String toString() {
        return "DmaResv(" + lock + ")";
    }

    private void checkHeld() {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException(this + " is not held by " + Thread.currentThread().getName());
        }
    }
}
