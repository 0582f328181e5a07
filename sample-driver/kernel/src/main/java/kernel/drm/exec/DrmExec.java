package kernel.drm.exec;

import static kernel.error.Errno.EALREADY;
import static kernel.error.Errno.EDEADLK;

import dev.drivercheck.annotations.CalledInPlace;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Releases;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import kernel.dma.DmaResv;
import kernel.sync.WwAcquireCtx;

/**
 * Locks a set of reservation objects under one acquire context ({@code struct drm_exec}), with the
 * ww back-off loop done right: on {@code -EDEADLK} every object is unlocked, the contended one is
 * taken with {@code lockSlow} (or an interruptible lock with nothing else held), and the locking
 * step runs again; objects already held ({@code -EALREADY}) are skipped, so the step may name an
 * object twice, and the contended object again after the retry. When a step completes the context
 * is marked done.
 *
 * <pre>{@code
 * try (DrmExec exec = new DrmExec(DrmExec.INTERRUPTIBLE_WAIT)) {
 *     int ret = exec.lockAll(List.of(vm.resv(), bo.resv()));
 *     if (ret != 0) {
 *         return ret;                 // -EINTR
 *     }
 *     ... all objects locked ...
 * }                                   // drm_exec_fini: unlock all, ww_acquire_fini
 * }</pre>
 *
 * <p>Like the context it wraps, a DrmExec belongs to the thread that created it.
 */
public final class DrmExec implements AutoCloseable {
    /** DRM_EXEC_INTERRUPTIBLE_WAIT: waits can be interrupted (-EINTR). */
    public static final int INTERRUPTIBLE_WAIT = 1;

    /**
     * One pass of the locking step (the body of {@code drm_exec_until_all_locked}): locks objects
     * with {@link DrmExec#lockObj} and returns 0, or the first non-zero status it got.
     */
    @FunctionalInterface
    public interface LockStep {
        int lock(DrmExec exec);
    }

    private final WwAcquireCtx ticket;
    private final boolean interruptible;
    private final List<DmaResv> objects = new ArrayList<>();
    private DmaResv contended;
    private int retries;
    private boolean finished;

    /** drm_exec_init(): a new transaction (acquire context of the reservation class). */
    @NoSleep
    public DrmExec(int flags) {
        this.interruptible = (flags & INTERRUPTIBLE_WAIT) != 0;
        this.ticket = new WwAcquireCtx(DmaResv.reservation);
    }

    /** drm_exec_init() without flags: uninterruptible waits. */
    @NoSleep
    public DrmExec() {
        this(0);
    }

    /**
     * drm_exec_until_all_locked(exec) { step; drm_exec_retry_on_contention(exec); }: runs
     * {@code step} until it completes without contention, backing off and taking the contended
     * object first before each retry. Returns 0 with every object locked and the context done, or
     * the step's error (-EINTR ...) with every object unlocked; either way {@link #fini()} follows.
     */
    @MightSleep
    public int untilAllLocked(@CalledInPlace LockStep step) {
        if (finished || ticket.isDone()) {
            throw new IllegalStateException("drm_exec: the locking phase is over (" + ticket + ")");
        }
        while (true) {
            if (contended != null) {
                int ret = lockContended();
                if (ret != 0) {
                    unlockAll();
                    return ret;
                }
            }
            int ret = step.lock(this);
            if (contended != null) {
                // drm_exec_retry_on_contention: whatever the step returned, back off and retry
                unlockAll();
                retries++;
                continue;
            }
            if (ret != 0) {
                unlockAll();
                return ret;
            }
            ticket.done();
            return 0;
        }
    }

    /** Locks every object of {@code objs} (duplicates allowed): {@link #untilAllLocked} over them. */
    @MightSleep
    public int lockAll(Collection<DmaResv> objs) {
        List<DmaResv> list = List.copyOf(objs);
        return untilAllLocked(exec -> {
            for (DmaResv o : list) {
                int ret = exec.lockObj(o);
                if (ret != 0) {
                    return ret;
                }
            }
            return 0;
        });
    }

    /**
     * drm_exec_lock_obj(): locks one object inside a locking step. Returns 0 (locked now, or held
     * already), -EDEADLK (contention: return it from the step; the loop backs off) or -EINTR.
     * After contention, it returns -EDEADLK without trying, until the loop has backed off.
     */
    @MightSleep
    public int lockObj(DmaResv obj) {
        if (contended != null) {
            return -EDEADLK;
        }
        int ret = interruptible ? obj.lockInterruptible(ticket) : obj.lock(ticket);
        if (ret == 0) {
            objects.add(obj);
            return 0;
        }
        if (ret == -EALREADY) {
            return 0;
        }
        if (ret == -EDEADLK) {
            contended = obj;
        }
        return ret;
    }

    /** drm_exec_unlock_obj(): unlocks one locked object early. */
    @NoSleep
    @Releases("#0")
    public void unlockObj(DmaResv obj) {
        if (!objects.remove(obj)) {
            throw new IllegalStateException("drm_exec: " + obj + " is not locked by this drm_exec");
        }
        obj.unlock();
    }

    /** drm_exec_unlock_all(): unlocks every locked object, the last locked first. */
    @NoSleep
    public void unlockAll() {
        for (int i = objects.size() - 1; i >= 0; i--) {
            objects.get(i).unlock();
        }
        objects.clear();
    }

    /** drm_exec_fini(): unlocks every object and finishes the acquire context. */
    @NoSleep
    public void fini() {
        if (finished) {
            throw new IllegalStateException("drm_exec_fini() called twice");
        }
        unlockAll();
        finished = true;
        ticket.fini();
    }

    /** {@link #fini()}, unless already done. */
    @Override
    @NoSleep
    public void close() {
        if (!finished) {
            fini();
        }
    }

    /** The locked objects, in locking order. */
    public List<DmaResv> objects() {
        return List.copyOf(objects);
    }

    /** The object that caused the pending back-off, or null. */
    public DmaResv contended() {
        return contended;
    }

    /** How many times the locking step was restarted after -EDEADLK. */
    public int retries() {
        return retries;
    }

    /** The acquire context (drm_exec::ticket). */
    public WwAcquireCtx ticket() {
        return ticket;
    }

    /** Takes the contended object first, with nothing else held: it cannot back off again. */
    private int lockContended() {
        DmaResv c = contended;
        if (interruptible) {
            int ret = c.lockInterruptible(ticket);
            if (ret != 0) {
                return ret; // -EINTR
            }
        } else {
            c.lockSlow(ticket);
        }
        contended = null;
        objects.add(c);
        return 0;
    }
}
