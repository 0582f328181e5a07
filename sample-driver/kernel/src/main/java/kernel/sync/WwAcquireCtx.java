package kernel.sync;

import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.WwContext;
import dev.drivercheck.annotations.WwOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kernel.debug.CallSite;
import kernel.debug.DebugReports;
import kernel.debug.Report;

/**
 * An acquire context ({@code struct ww_acquire_ctx}): one transaction that locks several
 * {@link WwMutex}es of one {@link WwClass}. Its stamp (ticket) is drawn once, at init, and kept
 * across back-offs, so a transaction that keeps retrying becomes the oldest and wins.
 *
 * <pre>{@code
 * WwAcquireCtx ctx = new WwAcquireCtx(RESERVATION);     // ww_acquire_init
 * ... a.lock(ctx) / b.lock(ctx), on -EDEADLK: unlock all, x.lockSlow(ctx), retry ...
 * ctx.done();                                          // ww_acquire_done: no more locking
 * ... use the objects, unlock them ...
 * ctx.fini();                                          // ww_acquire_fini: nothing may be held
 * }</pre>
 *
 * <p>A context belongs to the thread that created it. For lockdep it is itself held from init to
 * fini (its class is the ww class's {@code _acquire} class) and is the nest lock of the ww
 * mutexes taken under it: a second context of one class live on one thread is recursive locking.
 *
 * <p>Misuse is reported ({@link Report.Kind#WW_CONTEXT_MISUSE}, {@link Report.Kind#WW_BACKOFF})
 * and thrown as {@link IllegalStateException}: locking after {@link #done()} or {@link #fini()},
 * {@code done}/{@code fini} twice, {@code fini} with ww locks held, a mutex of another ww class,
 * use from another thread, and the back-off errors checked by {@link WwMutex}.
 */
@WwContext
public final class WwAcquireCtx {
    private final WwClass wwClass;
    private final long stamp;
    private final Thread owner;
    private final Lockdep.Held dep;

    // state of the owning thread
    private int acquired;
    private final List<WwMutex<?>> locks = new ArrayList<>();
    private boolean done;
    private boolean finished;
    /** Set by -EDEADLK: the mutex to take next (lockSlow), once every other ww lock is released. */
    private WwMutex<?> contending;

    /** Wound-wait: an older transaction wants a lock this one holds. Guarded by {@link WwMutex#STATE}. */
    boolean wounded;

    /** ww_acquire_init(): a new transaction of class {@code cls}, with a fresh stamp. */
    @WwOp(WwOp.Kind.CTX_INIT)
    @NoSleep
    public WwAcquireCtx(WwClass cls) {
        this.wwClass = Objects.requireNonNull(cls, "ww class");
        this.stamp = WwClass.nextStamp();
        this.owner = Thread.currentThread();
        LockdepMap map = LockdepMap.ofClass("WwAcquireCtx", null, cls.acquireClass(), false);
        this.dep = Lockdep.acquire(map, 0, false, CallSite.describe());
    }

    /**
     * ww_acquire_done(): the acquire phase is over; locking with this context afterwards is
     * misuse. Unlocking is still allowed.
     */
    @WwOp(WwOp.Kind.CTX_DONE)
    @NoSleep
    public void done() {
        checkOwner("ww_acquire_done");
        if (finished) {
            throw misuse(Report.Kind.WW_CONTEXT_MISUSE, "ww_acquire_done() after ww_acquire_fini()", null);
        }
        if (done) {
            throw misuse(Report.Kind.WW_CONTEXT_MISUSE, "ww_acquire_done() called twice", null);
        }
        done = true;
    }

    /** ww_acquire_fini(): ends the transaction; every ww lock taken under it must be released. */
    @WwOp(WwOp.Kind.CTX_FINI)
    @NoSleep
    public void fini() {
        checkOwner("ww_acquire_fini");
        if (finished) {
            throw misuse(Report.Kind.WW_CONTEXT_MISUSE, "ww_acquire_fini() called twice", null);
        }
        if (acquired > 0) {
            throw misuse(Report.Kind.WW_CONTEXT_MISUSE,
                    "ww_acquire_fini() with " + acquired + " ww lock(s) still held: " + locks, null);
        }
        finished = true;
        done = true;
        Lockdep.release(dep);
    }

    public WwClass wwClass() {
        return wwClass;
    }

    /** The ticket: smaller is older. */
    public long stamp() {
        return stamp;
    }

    /** How many ww mutexes this context holds. */
    public int acquired() {
        return acquired;
    }

    public boolean isDone() {
        return done;
    }

    public boolean isFinished() {
        return finished;
    }

    /** Wound-wait: whether an older transaction has wounded this one (it backs off at its next contended lock). */
    public boolean isWounded() {
        WwMutex.STATE.lock();
        try {
            return wounded;
        } finally {
            WwMutex.STATE.unlock();
        }
    }

    /** The mutex that returned -EDEADLK and has not been taken since, or null. */
    public WwMutex<?> contending() {
        return contending;
    }

    @Override
    public String toString() {
        return "WwAcquireCtx(" + wwClass.name() + ", stamp " + stamp + ")";
    }

    // ---------------------------------------------------------------- for WwMutex

    Lockdep.Held lockdepEntry() {
        return dep;
    }

    /** The checks made before any ww lock call with this context, before -EALREADY. */
    void checkLive(String op) {
        checkOwner(op);
        if (finished) {
            throw misuse(Report.Kind.WW_CONTEXT_MISUSE, op + " with an acquire context after ww_acquire_fini()",
                    null);
        }
    }

    /**
     * The checks of an acquisition of {@code m} under this context (ww_mutex_lock_acquired's
     * DEBUG_LOCKS_WARN_ONs, made before waiting rather than after).
     */
    void checkAcquire(WwMutex<?> m, boolean slow, String op) {
        if (done) {
            throw misuse(Report.Kind.WW_CONTEXT_MISUSE, op + "(" + m + ") after ww_acquire_done()", m);
        }
        if (m.wwClass() != wwClass) {
            throw misuse(Report.Kind.WW_CONTEXT_MISUSE, op + "(" + m + "): the mutex is of ww class "
                    + m.wwClass().name() + " but the acquire context is of ww class " + wwClass.name(), m);
        }
        if (slow) {
            if (contending == null) {
                throw misuse(Report.Kind.WW_BACKOFF, op + "(" + m + ") without a preceding -EDEADLK", m);
            }
            if (contending != m) {
                throw misuse(Report.Kind.WW_BACKOFF, op + "(" + m + ") but the contended mutex (the one that"
                        + " returned -EDEADLK) is " + contending, m);
            }
            if (acquired > 0) {
                throw misuse(Report.Kind.WW_BACKOFF, op + "(" + m + ") with other ww locks of the context still"
                        + " held: " + locks + "; back off (unlock them all) first", m);
            }
        } else if (contending != null) {
            if (contending != m) {
                throw misuse(Report.Kind.WW_BACKOFF, op + "(" + m + ") after -EDEADLK on " + contending
                        + ": back off and take the contended mutex first", m);
            }
            if (acquired > 0) {
                throw misuse(Report.Kind.WW_BACKOFF, op + "(" + m + ") after its -EDEADLK without unlocking the"
                        + " other ww locks of the context first: " + locks, m);
            }
        }
    }

    /** An acquisition under this context succeeded (under WwMutex.STATE). */
    void acquiredLock(WwMutex<?> m) {
        acquired++;
        locks.add(m);
        if (contending == m) {
            contending = null;
        }
    }

    /** A ww lock taken under this context was released (by the owning thread). */
    void releasedLock(WwMutex<?> m) {
        acquired--;
        locks.remove(m);
    }

    /** -EDEADLK on {@code m}: the context must back off, then take {@code m} first. */
    void contended(WwMutex<?> m) {
        contending = m;
    }

    private void checkOwner(String op) {
        if (Thread.currentThread() != owner) {
            throw misuse(Report.Kind.WW_CONTEXT_MISUSE, op + " on " + this + " by " + Thread.currentThread().getName()
                    + ", but the context belongs to " + owner.getName(), null);
        }
    }

    private IllegalStateException misuse(Report.Kind kind, String what, WwMutex<?> m) {
        String detail = what + "\ncontext: " + this + " of " + owner.getName() + ", holding " + acquired
                + " ww lock(s)" + (locks.isEmpty() ? "" : " " + locks) + (done ? ", done" : "")
                + (finished ? ", finished" : "") + (contending != null ? ", contended on " + contending : "")
                + "\n";
        DebugReports.record(kind, "WARNING: ww_mutex misuse: " + what, detail, List.of(wwClass.name()));
        return new IllegalStateException("ww_mutex misuse: " + what);
    }
}
