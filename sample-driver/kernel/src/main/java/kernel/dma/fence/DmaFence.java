package kernel.dma.fence;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.Context;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import dev.drivercheck.annotations.Releases;
import dev.drivercheck.annotations.RunsIn;
import java.util.ArrayList;
import java.util.List;
import kernel.debug.AtomicContextTracker;
import kernel.sync.LockClassKey;
import kernel.sync.SpinLock;
import kernel.sync.SpinLockGuard;
import kernel.types.AlwaysRefCounted;
import kernel.types.Kref;
import kernel.types.PinHome;
import kernel.types.PinnedObject;

/**
 * A DMA fence (struct dma_fence): signalled once, with an optional error. Callbacks registered
 * with {@link #addCallback} run on {@link #signal()} under the fence spinlock (taken irqsave, as
 * in C): atomic context. Refcounted in the object (dma_fence_get/put, held through ARef). Pinned:
 * it embeds its spinlock, and waiters and callbacks refer to it by address; it is built in place by
 * {@link FenceContexts#newFence}.
 */
@Pinned
public final class DmaFence implements AlwaysRefCounted, PinnedObject {
    private final PinHome home = PinHome.here();
    /** The state protected by the fence lock. */
    private static final class State {
        boolean signalled;
        int error;
        List<FenceCallback> callbacks = new ArrayList<>();
    }

    @Pin private final SpinLock<State> lock;
    private final FenceOps ops;
    private final long context;
    private final long seqno;
    private final Kref kref;
    private volatile boolean signalledFlag;
    private volatile int errorValue;

    /** dma_fence_init() with the lock class of {@code key} (one per fence context family). */
    @NoSleep
    public DmaFence(FenceOps ops, long context, long seqno, LockClassKey key) {
        this.ops = ops;
        this.context = context;
        this.seqno = seqno;
        this.lock = new SpinLock<>(new State(), key);
        this.kref = new Kref("dma_fence " + ops.timelineName() + "#" + seqno);
    }

    @Override
    public PinHome pinHome() {
        return home;
    }

    public long context() {
        return context;
    }

    public long seqno() {
        return seqno;
    }

    public FenceOps ops() {
        return ops;
    }

    /** dma_fence_is_signaled(): lock-free check. */
    @NoSleep
    public boolean isSignalled() {
        return signalledFlag;
    }

    /** The error set before signalling (negative errno), 0 if none. Lock-free: callbacks may ask. */
    @NoSleep
    public int error() {
        return errorValue;
    }

    /** dma_fence_set_error(): only before signalling. */
    @Acquires(value = "lock", irqsOff = true)
    @Releases("lock")
    @NoSleep
    public void setError(int error) {
        try (SpinLockGuard<State> g = lock.lockIrqsave()) {
            if (!g.get().signalled) {
                g.get().error = error;
                errorValue = error;
            }
        }
    }

    /**
     * dma_fence_add_callback(): false when the fence is already signalled (the callback is not
     * added and will not run). Otherwise {@code cb} runs later, in atomic context.
     */
    @Acquires(value = "lock", irqsOff = true)
    @Releases("lock")
    @NoSleep
    public boolean addCallback(@RunsIn(Context.ATOMIC) FenceCallback cb) {
        try (SpinLockGuard<State> g = lock.lockIrqsave()) {
            if (g.get().signalled) {
                return false;
            }
            g.get().callbacks.add(cb);
            return true;
        }
    }

    /**
     * dma_fence_signal(): marks the fence signalled and runs the callbacks under its spinlock.
     * Returns false when it was already signalled.
     */
    @Acquires(value = "lock", irqsOff = true)
    @Releases("lock")
    @NoSleep
    public boolean signal() {
        try (SpinLockGuard<State> g = lock.lockIrqsave()) {
            State s = g.get();
            if (s.signalled) {
                return false;
            }
            s.signalled = true;
            signalledFlag = true;
            List<FenceCallback> cbs = s.callbacks;
            s.callbacks = List.of();
            for (FenceCallback cb : cbs) {
                cb.signalled(this);
            }
        }
        wakeWaiters();
        return true;
    }

    private synchronized void wakeWaiters() {
        notifyAll();
    }

    /**
     * dma_fence_wait_timeout(): sleeps until signalled; the milliseconds left (at least 1), or 0
     * on timeout.
     */
    @MightSleep
    public long waitTimeout(long timeoutMs) {
        AtomicContextTracker.mightSleep("dma_fence_wait");
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        synchronized (this) {
            while (!signalledFlag) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return 0;
                }
                try {
                    wait(Math.min(left, 5));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 0;
                }
            }
        }
        return Math.max(1, (deadline - System.nanoTime()) / 1_000_000L);
    }

    @NoSleep
    @Override
    public void incRef() {
        kref.get();
    }

    /** dma_fence_put(): the last one releases the driver data, in any context. */
    @NoSleep
    @Override
    public void decRef() {
        if (kref.put()) {
            ops.release();
        }
    }

    @Override
    public String toString() {
        return "fence " + ops.timelineName() + ":" + context + "#" + seqno + (signalledFlag ? " (signalled)" : "");
    }
}
