// Negative (WwDeadlockIgnored, WwBackoffViolation, WwContextMisuse, LockLeak, UnlockNotHeld): the
// drm_exec retry loop done right: on -EDEADLK drop every lock of the transaction, lockSlow the
// contended one, retry the rest; done() after the last lock; fini() on every path. The locked
// objects live in a list, as in drm_exec, which is how locks held across calls are kept.
package inputs.ww.drmexecretryloopsilent;

import static inputs.ww.drmexecretryloopsilent.Errno.*;

import dev.drivercheck.annotations.*;
import java.util.ArrayList;
import java.util.List;

final class Submit {
    /**
     * drm_exec_until_all_locked() over a list of objects: lock each; on -EDEADLK unlock every lock
     * taken so far, lockSlow the contended one, remember it as locked, and start over skipping it.
     */
    int lockAll(List<WwMutex> objs, List<WwMutex> locked, WwAcquireCtx ctx) {
        WwMutex contended = null;
        for (int i = 0; i < objs.size(); i++) {
            WwMutex m = objs.get(i);
            if (m == contended) {
                continue; // taken by lockSlow already
            }
            int ret = m.lock(ctx);
            if (ret == -EALREADY) {
                continue;
            }
            if (ret == -EDEADLK) {
                for (WwMutex held : locked) {
                    held.unlock();     // drm_exec_cleanup(): the ctx holds nothing now
                }
                locked.clear();
                m.lockSlow(ctx);       // drm_exec_lock_contended(): sleep until it is ours
                locked.add(m);
                contended = m;
                i = -1;                // retry the rest
                continue;
            }
            if (ret != 0) {
                return ret;            // -EINTR and friends: the caller unlocks what is in locked
            }
            locked.add(m);
        }
        ctx.done();
        return 0;
    }

    int push(Vm vm, Bo bo) {
        WwAcquireCtx ctx = new WwAcquireCtx(DmaResv.RESERVATION);
        List<WwMutex> locked = new ArrayList<>();
        int ret = lockAll(List.of(vm.resv, bo.resv), locked, ctx);
        if (ret == 0) {
            vm.jobs++;
            bo.fences++;
        }
        for (WwMutex m : locked) {
            m.unlock();
        }
        ctx.fini();
        return ret;
    }
}

@WwClass
final class WwLockClass {
    private final String name;

    private WwLockClass(String name) {
        this.name = name;
    }

    /** DEFINE_WW_CLASS(name). */
    static WwLockClass define(String name) {
        return new WwLockClass(name);
    }
}

/** struct ww_mutex: a sleeping lock whose ww class is the constant passed to its constructor. */
@LockType(LockKind.WW_MUTEX)
final class WwMutex {
    private final WwLockClass wwClass;

    WwMutex(WwLockClass wwClass) {
        this.wwClass = wwClass;
    }

    /** ww_mutex_lock(): 0, -EDEADLK (back off) or -EALREADY (ctx holds it); null ctx: a plain lock. */
    @WwOp(WwOp.Kind.LOCK)
    int lock(WwAcquireCtx ctx) {
        return 0;
    }

    /** ww_mutex_lock_interruptible(): like lock(), or -EINTR (not acquired) when a signal is pending. */
    @WwOp(WwOp.Kind.LOCK_INTERRUPTIBLE)
    int lockInterruptible(WwAcquireCtx ctx) {
        return 0;
    }

    /** ww_mutex_lock_slow(): after -EDEADLK, with nothing else held, sleep until this mutex is ours. */
    @WwOp(WwOp.Kind.LOCK_SLOW)
    void lockSlow(WwAcquireCtx ctx) {}

    /** ww_mutex_trylock(): true when taken; never waits. */
    @WwOp(WwOp.Kind.TRY_LOCK)
    boolean tryLock(WwAcquireCtx ctx) {
        return true;
    }

    /** ww_mutex_unlock(). */
    @WwOp(WwOp.Kind.UNLOCK)
    void unlock() {}
}

/** struct ww_acquire_ctx: one transaction's acquire context. */
@WwContext
final class WwAcquireCtx {
    /** ww_acquire_init(). */
    @WwOp(WwOp.Kind.CTX_INIT)
    WwAcquireCtx(WwLockClass wwClass) {}

    /** ww_acquire_done(): the acquire phase is over. */
    @WwOp(WwOp.Kind.CTX_DONE)
    void done() {}

    /** ww_acquire_fini(). */
    @WwOp(WwOp.Kind.CTX_FINI)
    void fini() {}
}

/** Linux errno values; ww statuses are their negations. */
final class Errno {
    static final int EINTR = 4;
    static final int EINVAL = 22;
    static final int EDEADLK = 35;
    static final int EALREADY = 114;

    private Errno() {}
}

/** dma_resv: every buffer reservation lock is of this one ww class. */
final class DmaResv {
    static final WwLockClass RESERVATION = WwLockClass.define("reservation_ww_class");

    private DmaResv() {}
}

/** A GEM buffer object with its reservation lock. */
final class Bo {
    final WwMutex resv = new WwMutex(DmaResv.RESERVATION);
    int fences;
}

/** A GPU VM with its shared reservation lock (drm_gpuvm's resv object). */
final class Vm {
    final WwMutex resv = new WwMutex(DmaResv.RESERVATION);
    int mappings;
    int jobs;
}
