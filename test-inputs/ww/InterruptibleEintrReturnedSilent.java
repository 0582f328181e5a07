// Negative (WwDeadlockIgnored, WwBackoffViolation, UnlockNotHeld, LockLeak, WwContextMisuse): every
// status of lockInterruptible() has a branch: -EDEADLK backs off, -EINTR goes back to user space
// (which restarts the ioctl) after unlocking and fini(), -EALREADY is refused.
package inputs.ww.interruptibleeintrreturnedsilent;

import static inputs.ww.interruptibleeintrreturnedsilent.Errno.*;

import dev.drivercheck.annotations.*;

final class Exec {
    int submit(Vm vm, Bo bo) {
        WwAcquireCtx ctx = new WwAcquireCtx(DmaResv.RESERVATION);
        int ret = vm.resv.lockInterruptible(ctx);
        if (ret != 0) {
            ctx.fini();
            return ret;
        }
        ret = bo.resv.lockInterruptible(ctx);
        if (ret == -EDEADLK) {
            vm.resv.unlock();
            bo.resv.lockSlow(ctx);
            ret = vm.resv.lockInterruptible(ctx);
            if (ret != 0) {
                bo.resv.unlock();
                ctx.fini();
                return ret;
            }
        } else if (ret == -EINTR) {
            vm.resv.unlock();
            ctx.fini();
            return ret;
        } else if (ret != 0) {
            vm.resv.unlock();
            ctx.fini();
            return -EINVAL;
        }
        ctx.done();
        vm.jobs++;
        bo.fences++;
        bo.resv.unlock();
        vm.resv.unlock();
        ctx.fini();
        return 0;
    }
}

/** A ww class, like DEFINE_WW_CLASS(): the set of ww mutexes one acquire context may lock together. */
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
