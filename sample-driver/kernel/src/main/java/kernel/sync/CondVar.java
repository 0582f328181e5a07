package kernel.sync;

import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Pinned;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import kernel.debug.AtomicContextTracker;
import kernel.types.PinHome;
import kernel.types.PinnedObject;

/**
 * A condition variable used with a {@link Mutex} (kernel::sync::CondVar). A wait releases only the
 * mutex of the guard it is given, sleeps, and retakes it; every other lock the caller holds stays
 * held, so waiting under a spinlock is still sleeping in atomic context. Wake-ups may race with the
 * condition: callers re-check it in a loop.
 *
 * <pre>{@code
 * try (MutexGuard<State> g = mutex.lock()) {
 *     while (!g.get().ready) {
 *         cond.wait(g);
 *     }
 * }
 * }</pre>
 *
 * <p>Pinned: waiters link themselves to its wait queue by address (see {@link PinHome}).
 *
 * ({@code notifyAll} is final in {@link Object}, hence {@link #notifyAllWaiters()}.)
 */
@Pinned
public final class CondVar implements PinnedObject {
    private final PinHome home = PinHome.here();
    private static final int WAITING = 0;
    private static final int WOKEN = 1;
    private static final int GAVE_UP = 2;

    /** One sleeping task on the wait queue; the state CAS decides whether a wake-up reached it. */
    private static final class Waiter {
        final Thread thread = Thread.currentThread();
        final AtomicInteger state = new AtomicInteger(WAITING);
    }

    private final String name;
    private final ConcurrentLinkedQueue<Waiter> waiters = new ConcurrentLinkedQueue<>();

    public CondVar() {
        this("condvar");
    }

    public CondVar(String name) {
        this.name = name;
    }

    /** Sleeps until notified (uninterruptible), with the guard's mutex released meanwhile. */
    @MightSleep
    public void wait(MutexGuard<?> guard) {
        await(guard, -1, false);
    }

    /**
     * Sleeps until notified or a signal (thread interrupt) arrives. Returns true when a signal is
     * pending; the interrupt flag stays set, as the signal stays pending.
     */
    @MightSleep
    public boolean waitInterruptible(MutexGuard<?> guard) {
        return await(guard, -1, true) < 0;
    }

    /** Sleeps until notified or the timeout passes: the milliseconds left, 0 on timeout. */
    @MightSleep
    public long waitTimeout(MutexGuard<?> guard, long timeoutMs) {
        return Math.max(0, await(guard, Math.max(0, timeoutMs), false));
    }

    /** Wakes one waiter, if any. */
    @NoSleep
    public void notifyOne() {
        Waiter w;
        while ((w = waiters.poll()) != null) {
            if (w.state.compareAndSet(WAITING, WOKEN)) {
                LockSupport.unpark(w.thread);
                return;
            }
        }
    }

    /** Wakes every waiter. */
    @NoSleep
    public void notifyAllWaiters() {
        Waiter w;
        while ((w = waiters.poll()) != null) {
            if (w.state.compareAndSet(WAITING, WOKEN)) {
                LockSupport.unpark(w.thread);
            }
        }
    }

    /**
     * The wait: queue first (prepare_to_wait), then unlock, so a notify between the two is not
     * lost. Returns the milliseconds left (at least 1 when woken), 0 on timeout, -1 on a signal.
     */
    private long await(MutexGuard<?> guard, long timeoutMs, boolean interruptible) {
        home.checkUse(this);
        AtomicContextTracker.mightSleep("CondVar.wait(" + name + ")");
        guard.checkUsable();
        Waiter me = new Waiter();
        waiters.add(me);
        guard.unlockForWait();
        long deadline = timeoutMs >= 0 ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs) : 0;
        boolean interrupted = false;
        boolean timedOut = false;
        try {
            while (me.state.get() == WAITING) {
                if (timeoutMs >= 0) {
                    long nanos = deadline - System.nanoTime();
                    if (nanos <= 0) {
                        timedOut = true;
                        break;
                    }
                    LockSupport.parkNanos(this, nanos);
                } else {
                    LockSupport.park(this);
                }
                if (Thread.interrupted()) {
                    interrupted = true;
                    if (interruptible) {
                        break;
                    }
                }
            }
        } finally {
            boolean woken = !me.state.compareAndSet(WAITING, GAVE_UP);
            if (!woken) {
                waiters.remove(me);
            }
            guard.relockAfterWait();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (woken) {
                // a notify that reached us counts, even if it raced with the timeout or a signal
                timedOut = false;
                interrupted = false;
            }
        }
        if (interrupted && interruptible) {
            return -1;
        }
        if (timedOut) {
            return 0;
        }
        return timeoutMs >= 0 ? Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) : 1;
    }

    @Override
    public PinHome pinHome() {
        return home;
    }

    @Override
    public String toString() {
        return "CondVar '" + name + "'";
    }
}
