package kernel.sync;

import static kernel.error.Errno.EALREADY;
import static kernel.error.Errno.EDEADLK;
import static kernel.error.Errno.EINTR;

import dev.drivercheck.annotations.Borrowed;
import dev.drivercheck.annotations.Holds;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Owned;
import dev.drivercheck.annotations.WwOp;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import kernel.debug.AtomicContextTracker;
import kernel.debug.CallSite;

/**
 * A wound/wait mutex ({@code struct ww_mutex}) protecting a value of type {@code T}: a sleeping
 * lock of a {@link WwClass}, taken under a {@link WwAcquireCtx} when several of its class are
 * locked together. The status codes are the kernel's:
 * <ul>
 *   <li>{@code 0}: acquired;</li>
 *   <li>{@code -EDEADLK}: not acquired, the context must back off: unlock all its ww locks, then
 *       {@link #lockSlow} this mutex (or return the status), then retry the others;</li>
 *   <li>{@code -EALREADY}: the context already holds this mutex (nothing taken);</li>
 *   <li>{@code -EINTR} ({@link #lockInterruptible} only): interrupted while waiting.</li>
 * </ul>
 * With a {@code null} context it is a plain mutex lock and never returns {@code -EDEADLK}; taking
 * a second mutex of one ww class that way is reported (WwMissingContext).
 *
 * <pre>{@code
 * int ret = a.lock(ctx);
 * if (ret == -EDEADLK) { ... unlock everything ...; a.lockSlow(ctx); }
 * }</pre>
 *
 * <p>Deadlock avoidance follows the class: wound-wait (an older requester wounds a younger holder,
 * which gets -EDEADLK at its next contended lock, even one it is already waiting for) or wait-die
 * (a younger requester of a lock held by an older context gets -EDEADLK at once). A context that
 * holds no ww lock never backs off: it just waits. All ww mutexes share one internal state lock
 * and condition (the model's wait_lock), so wounding can wake a holder waiting on any mutex.
 *
 * <p>Misuse (see {@link WwAcquireCtx}) is reported and thrown; unlocking a mutex the thread does
 * not hold is a bad unlock (reported, thrown). Objects that are ww mutexes (a reservation object)
 * extend it; its operations are final.
 */
@LockType(LockKind.WW_MUTEX)
public class WwMutex<T> {
    /** The model's wait_lock, for every ww mutex: owner, holder contexts, wounds. */
    static final ReentrantLock STATE = new ReentrantLock();
    /** Signalled on every unlock and every wound. */
    private static final Condition CHANGED = STATE.newCondition();

    private final WwClass wwClass;
    private final LockdepMap dep;
    /** Written under STATE; read without it only to compare with the current thread. */
    private volatile Thread owner;
    /** The context that holds it (null: unlocked, or locked without a context). Written under STATE. */
    private volatile WwAcquireCtx holderCtx;
    /** The holder's lockdep entry; only the holder touches it. */
    private Lockdep.Held held;
    /** Threads waiting for it. Guarded by STATE. */
    private int waiters;
    /** Published by STATE's unlock/lock. */
    private T data;

    /** A ww mutex of class {@code cls} (a {@code static final} {@link WwClass}). */
    public WwMutex(WwClass cls, @Owned T data) {
        this(cls, data, null);
    }

    /** A named ww mutex of class {@code cls}; the name only shows in reports. */
    public WwMutex(WwClass cls, @Owned T data, String name) {
        this.wwClass = Objects.requireNonNull(cls, "ww class");
        this.data = data;
        this.dep = LockdepMap.ofClass("WwMutex", name, cls.lockClass(), true);
    }

    /**
     * ww_mutex_lock(): 0, -EDEADLK (back off) or -EALREADY (the context holds it already). A
     * {@code null} context locks it as a plain mutex (0).
     */
    @WwOp(WwOp.Kind.LOCK)
    @MightSleep
    public final int lock(WwAcquireCtx ctx) {
        return lockCommon(ctx, false, false, "ww_mutex_lock");
    }

    /** ww_mutex_lock_interruptible(): like {@link #lock}, or -EINTR when interrupted while waiting. */
    @WwOp(WwOp.Kind.LOCK_INTERRUPTIBLE)
    @MightSleep
    public final int lockInterruptible(WwAcquireCtx ctx) {
        return lockCommon(ctx, true, false, "ww_mutex_lock_interruptible");
    }

    /**
     * ww_mutex_lock_slow(): after -EDEADLK on this mutex, with no other ww lock of the context
     * held, sleeps until it is acquired (it cannot back off: a context holding nothing just waits).
     */
    @WwOp(WwOp.Kind.LOCK_SLOW)
    @MightSleep
    public final void lockSlow(WwAcquireCtx ctx) {
        Objects.requireNonNull(ctx, "ww_mutex_lock_slow needs the acquire context that got -EDEADLK");
        int ret = lockCommon(ctx, false, true, "ww_mutex_lock_slow");
        if (ret != 0) {
            throw new IllegalStateException("ww_mutex_lock_slow(" + this + ") returned " + ret);
        }
    }

    /** ww_mutex_trylock(): true when acquired; false when it is locked (by anyone). Never sleeps. */
    @WwOp(WwOp.Kind.TRY_LOCK)
    @NoSleep
    public final boolean tryLock(WwAcquireCtx ctx) {
        String site = CallSite.describe();
        if (ctx != null) {
            ctx.checkLive("ww_mutex_trylock");
            ctx.checkAcquire(this, false, "ww_mutex_trylock");
        }
        STATE.lock();
        try {
            if (owner != null) {
                return false;
            }
            if (ctx != null && ctx.acquired() == 0) {
                ctx.wounded = false;
            }
            take(ctx);
        } finally {
            STATE.unlock();
        }
        held = Lockdep.acquire(dep, 0, true, site, ctx == null ? null : ctx.lockdepEntry());
        return true;
    }

    /** ww_mutex_unlock(): releases it; only its holder may. Never sleeps. */
    @WwOp(WwOp.Kind.UNLOCK)
    @NoSleep
    public final void unlock() {
        Thread me = Thread.currentThread();
        Thread o = owner;
        if (o != me) {
            Lockdep.badUnlock(dep, o == null ? "but it is not locked" : "but it is held by another task ("
                    + o.getName() + ")");
            throw new IllegalStateException("bad unlock of " + this + ": "
                    + (o == null ? "not locked" : "held by " + o.getName()) + ", not by " + me.getName());
        }
        Lockdep.Held h = held;
        held = null;
        Lockdep.release(h);
        STATE.lock();
        try {
            WwAcquireCtx c = holderCtx;
            if (c != null) {
                c.releasedLock(this);
            }
            holderCtx = null;
            owner = null;
            CHANGED.signalAll();
        } finally {
            STATE.unlock();
        }
    }

    /** The protected data; the caller holds the mutex. */
    @Holds("this")
    @Borrowed
    public final T get() {
        assertHeld();
        return data;
    }

    /** Replaces the protected data (the old value is forgotten); the caller holds the mutex. */
    @Holds("this")
    public final void set(@Owned T value) {
        assertHeld();
        data = value;
    }

    /** lockdep_assert_held(): throws unless the current thread holds this mutex. */
    @Holds("this")
    public final void assertHeld() {
        if (owner != Thread.currentThread()) {
            throw new IllegalStateException(this + " is not held by " + Thread.currentThread().getName());
        }
    }

    public final WwClass wwClass() {
        return wwClass;
    }

    /** The lockdep class: the ww class's. */
    public final Lockdep.LockClass lockClass() {
        return dep.lockClass;
    }

    public final String name() {
        return dep.name;
    }

    /** Whether the current thread holds this mutex (a query, unlike {@link #assertHeld()}). */
    public final boolean isHeldByCurrentThread() {
        return owner == Thread.currentThread();
    }

    /** How many threads are waiting for this mutex (a snapshot, for tests and diagnostics). */
    public final int waiters() {
        STATE.lock();
        try {
            return waiters;
        } finally {
            STATE.unlock();
        }
    }

    public final boolean isLocked() {
        return owner != null;
    }

    /** Whether {@code ctx} holds this mutex. */
    public final boolean isHeldBy(WwAcquireCtx ctx) {
        return ctx != null && holderCtx == ctx;
    }

    @Override
    public String toString() {
        return dep.describe();
    }

    // ---------------------------------------------------------------- the lock itself

    private int lockCommon(WwAcquireCtx ctx, boolean interruptible, boolean slow, String op) {
        AtomicContextTracker.mightSleep(op + "(" + dep.describe() + ")");
        String site = CallSite.describe();
        Lockdep.Held nest = null;
        if (ctx != null) {
            ctx.checkLive(op);
            if (slow) {
                ctx.checkAcquire(this, true, op);
            } else if (holderCtx == ctx) {
                return -EALREADY;
            } else {
                ctx.checkAcquire(this, false, op);
            }
            nest = ctx.lockdepEntry();
        }
        // lockdep first: a deadlock is reported before it can happen
        Lockdep.Held h = Lockdep.acquire(dep, 0, false, site, nest);
        int ret;
        STATE.lock();
        try {
            ret = waitFor(ctx, interruptible);
            if (ret == 0) {
                take(ctx);
            } else if (ret == -EDEADLK) {
                ctx.contended(this);
            }
        } finally {
            STATE.unlock();
        }
        if (ret != 0) {
            Lockdep.release(h);
        } else {
            held = h;
        }
        return ret;
    }

    /** Under STATE: waits until free (0), or until the context must back off or is interrupted. */
    private int waitFor(WwAcquireCtx ctx, boolean interruptible) {
        if (ctx != null && ctx.acquired() == 0) {
            ctx.wounded = false; // nobody can wound a context that holds nothing
        }
        while (owner != null) {
            if (ctx != null && ctx.acquired() > 0) {
                WwAcquireCtx holder = holderCtx;
                if (wwClass.isWaitDie()) {
                    if (holder != null && holder.stamp() < ctx.stamp()) {
                        return -EDEADLK; // die: the holder is older
                    }
                } else {
                    if (ctx.wounded) {
                        return -EDEADLK; // wounded by an older transaction
                    }
                    if (holder != null && ctx.stamp() < holder.stamp() && !holder.wounded) {
                        holder.wounded = true; // wound the younger holder; it may be waiting elsewhere
                        CHANGED.signalAll();
                    }
                }
            }
            if (interruptible && Thread.currentThread().isInterrupted()) {
                return -EINTR; // the "signal" stays pending
            }
            waiters++;
            try {
                if (interruptible) {
                    CHANGED.await();
                } else {
                    CHANGED.awaitUninterruptibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                waiters--;
            }
        }
        return 0;
    }

    /** Under STATE: the current thread becomes the holder. */
    private void take(WwAcquireCtx ctx) {
        owner = Thread.currentThread();
        holderCtx = ctx;
        if (ctx != null) {
            ctx.acquiredLock(this);
        }
    }
}
