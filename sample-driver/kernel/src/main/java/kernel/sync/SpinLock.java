package kernel.sync;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.CalledInPlace;
import dev.drivercheck.annotations.Holds;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Owned;
import dev.drivercheck.annotations.Pinned;
import dev.drivercheck.annotations.Releases;
import dev.drivercheck.annotations.TryAcquires;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import kernel.debug.AtomicContextTracker;
import kernel.debug.CallSite;
import kernel.types.PinHome;
import kernel.types.PinnedObject;

/**
 * A spinlock protecting a value of type {@code T} (kernel::sync::SpinLock). The holder is atomic:
 * it must not sleep until the guard is closed. Really spins (compare-and-set on the owner), is not
 * reentrant, and never parks the thread.
 *
 * <pre>{@code
 * try (SpinLockGuard<Counters> g = lock.lock()) {
 *     g.get().events++;
 * }
 * }</pre>
 *
 * A lock that a hard-IRQ handler also takes must be taken with {@link #lockIrqsave()} everywhere
 * else, or the IRQ can arrive while the lock is held on the same CPU.
 */
@LockType(LockKind.SPIN)
@Pinned
public final class SpinLock<T> implements PinnedObject {
    private final PinHome home = PinHome.here();
    private final AtomicReference<Thread> owner = new AtomicReference<>();
    private final LockdepMap dep;
    /** Published by the owner CAS on acquire and the volatile store on release. */
    private T data;

    /** A lock whose class is its construction site. */
    public SpinLock(@Owned T data) {
        this(data, null, null);
    }

    /** A named lock; its class is still its construction site. */
    public SpinLock(@Owned T data, String name) {
        this(data, name, null);
    }

    /** A lock of the class of {@code key} (a {@code static final} key). */
    public SpinLock(@Owned T data, LockClassKey key) {
        this(data, null, key);
    }

    public SpinLock(@Owned T data, String name, LockClassKey key) {
        this.data = data;
        this.dep = LockdepMap.create("SpinLock", name, key, true);
    }

    /** spin_lock(): spins until the lock is free. */
    @Acquires
    @NoSleep
    public SpinLockGuard<T> lock() {
        return acquire(false, 0);
    }

    /**
     * spin_lock_nested(): takes a second lock of a held class in a fixed order, under its own
     * nesting subclass (0 is the default class; at most {@link Lockdep#MAX_SUBCLASSES} - 1).
     */
    @Acquires(subclassParam = 0)
    @NoSleep
    public SpinLockGuard<T> lockNested(int subclass) {
        return acquire(false, subclass);
    }

    /** spin_lock_irqsave(): also disables interrupts on this CPU until the guard is closed. */
    @Acquires(irqsOff = true)
    @NoSleep
    public SpinLockGuard<T> lockIrqsave() {
        return acquire(true, 0);
    }

    /** spin_lock_irqsave_nested(): {@link #lockIrqsave()} under a nesting subclass. */
    @Acquires(irqsOff = true, subclassParam = 0)
    @NoSleep
    public SpinLockGuard<T> lockIrqsaveNested(int subclass) {
        return acquire(true, subclass);
    }

    /** spin_trylock(): the guard, or null when the lock is taken (also by this thread). */
    @TryAcquires
    @NoSleep
    public SpinLockGuard<T> tryLock() {
        home.checkUse(this);
        String site = CallSite.describe();
        AtomicContextTracker.Section section =
                AtomicContextTracker.enter(AtomicContextTracker.Cause.SPINLOCK, dep.describe(), false, site);
        if (!owner.compareAndSet(null, Thread.currentThread())) {
            AtomicContextTracker.exit(section);
            return null;
        }
        return new SpinLockGuard<>(this, section, Lockdep.acquire(dep, 0, true, site));
    }

    /**
     * Runs {@code body} with the lock held and returns its result; {@code body} must not sleep.
     * Acquired and released around the call: the in-place callback runs under the lock.
     */
    @Acquires
    @Releases
    public <R> R withLock(@CalledInPlace Function<? super SpinLockGuard<T>, ? extends R> body) {
        try (SpinLockGuard<T> guard = lock()) {
            return body.apply(guard);
        }
    }

    /** {@link #withLock} with interrupts disabled, for locks shared with an IRQ handler. */
    @Acquires(irqsOff = true)
    @Releases
    public <R> R withLockIrqsave(@CalledInPlace Function<? super SpinLockGuard<T>, ? extends R> body) {
        try (SpinLockGuard<T> guard = lockIrqsave()) {
            return body.apply(guard);
        }
    }

    /** lockdep_assert_held(): throws unless the current thread holds this lock. */
    @Holds("this")
    public void assertHeld() {
        if (owner.get() != Thread.currentThread()) {
            throw new IllegalStateException(dep.describe() + " is not held by " + Thread.currentThread().getName());
        }
    }

    public String name() {
        return dep.name;
    }

    /** The lockdep class of this lock. */
    @Override
    public PinHome pinHome() {
        return home;
    }

    public Lockdep.LockClass lockClass() {
        return dep.lockClass;
    }

    public boolean isLocked() {
        return owner.get() != null;
    }

    private SpinLockGuard<T> acquire(boolean irqsOff, int subclass) {
        home.checkUse(this);
        String site = CallSite.describe();
        // preempt_disable (and local_irq_save) come first, as in spin_lock_irqsave
        AtomicContextTracker.Section section =
                AtomicContextTracker.enter(AtomicContextTracker.Cause.SPINLOCK, dep.describe(), irqsOff, site);
        Lockdep.Held held;
        try {
            held = Lockdep.acquire(dep, subclass, false, site);
        } catch (RuntimeException e) {
            AtomicContextTracker.exit(section);
            throw e;
        }
        Thread me = Thread.currentThread();
        while (!owner.compareAndSet(null, me)) {
            Thread.onSpinWait();
        }
        return new SpinLockGuard<>(this, section, held);
    }

    T data() {
        return data;
    }

    void data(T value) {
        data = value;
    }

    /** Unlock: the volatile store publishes the data written under the lock. */
    void unlock(SpinLockGuard<T> guard) {
        Lockdep.release(guard.held);
        owner.set(null);
        AtomicContextTracker.exit(guard.section);
        if (guard.section.irqsOff()) {
            // spin_unlock_irqrestore: locks still held now run with interrupts enabled
            Lockdep.hardirqsEnabled();
        }
    }

    LockdepMap dep() {
        return dep;
    }

    @Override
    public String toString() {
        return dep.describe();
    }
}
