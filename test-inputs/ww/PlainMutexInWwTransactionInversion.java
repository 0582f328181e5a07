// Positive (LockOrderInversion): submit() takes Vm.lock (a plain mutex) inside the ww transaction
// (reservation class -> Vm.lock); evict() takes a reservation under Vm.lock (Vm.lock -> reservation
// class). One report, at the first edge site in line order (Vm.lock in submit()).
package inputs.ww.plainmutexinwwtransactioninversion;

import static inputs.ww.plainmutexinwwtransactioninversion.Errno.*;

import dev.drivercheck.annotations.*;

final class Driver {
    int submit(Vm vm, Bo bo) {
        WwAcquireCtx ctx = new WwAcquireCtx(DmaResv.RESERVATION);
        int ret = bo.resv.lock(ctx);
        if (ret != 0) {
            ctx.fini();
            return ret;
        }
        // :: error: [LockOrderInversion]
        vm.lock.lock();
        vm.jobs++;
        vm.lock.unlock();
        bo.fences++;
        bo.resv.unlock();
        ctx.fini();
        return 0;
    }

    int evict(Vm vm, Bo bo) {
        vm.lock.lock();
        WwAcquireCtx ctx = new WwAcquireCtx(DmaResv.RESERVATION);
        int ret = bo.resv.lock(ctx);
        if (ret != 0) {
            ctx.fini();
            vm.lock.unlock();
            return ret;
        }
        vm.mappings--;
        bo.fences = 0;
        bo.resv.unlock();
        ctx.fini();
        vm.lock.unlock();
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

/** struct mutex: a sleeping lock. */
@LockType(LockKind.MUTEX)
final class Mutex {
    /** mutex_lock(). */
    @Acquires
    void lock() {}

    /** mutex_unlock(). */
    @Releases
    void unlock() {}
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

/** A GPU VM whose page tables are guarded by a plain mutex. */
final class Vm {
    final Mutex lock = new Mutex();
    int mappings;
    int jobs;
}
