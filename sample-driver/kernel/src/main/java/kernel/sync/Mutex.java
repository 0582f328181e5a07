package kernel.sync;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.CalledInPlace;
import dev.drivercheck.annotations.Holds;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Owned;
import dev.drivercheck.annotations.Pinned;
import dev.drivercheck.annotations.Releases;
import dev.drivercheck.annotations.TryAcquires;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import kernel.debug.AtomicContextTracker;
import kernel.debug.CallSite;
import kernel.types.PinHome;
import kernel.types.PinnedObject;

/**
 * A sleeping lock protecting a value of type {@code T} (kernel::sync::Mutex). Taking it may sleep,
 * so it must not be taken in atomic context. Not reentrant: re-locking it on the thread that holds
 * it is reported and throws, where the kernel would hang.
 *
 * <pre>{@code
 * try (MutexGuard<State> g = mutex.lock()) {
 *     g.get().count++;
 * }
 * }</pre>
 *
 * <p>Pinned: lockdep and the wait list know it by address, so it is built in place (a {@code @Pin}
 * field of a {@code @Pinned} owner, {@code Pin.box}, {@code Arc.pinInit}); taking a mutex that was
 * moved out of its slot throws (see {@link PinHome}).
 */
@LockType(LockKind.MUTEX)
@Pinned
public final class Mutex<T> implements PinnedObject {
    private final PinHome home = PinHome.here();
    /** A binary semaphore rather than ReentrantLock: a second lock by the holder must not succeed. */
    private final Semaphore sem = new Semaphore(1);
    private volatile Thread owner;
    private final LockdepMap dep;
    /** Published by the semaphore's release/acquire. */
    private T data;

    /** A mutex whose class is its construction site. */
    public Mutex(@Owned T data) {
        this(data, null, null);
    }

    /** A named mutex; its class is still its construction site. */
    public Mutex(@Owned T data, String name) {
        this(data, name, null);
    }

    /** A mutex of the class of {@code key} (a {@code static final} key). */
    public Mutex(@Owned T data, LockClassKey key) {
        this(data, null, key);
    }

    /**
     * A mutex of a class registered at run time for its caller's location
     * ({@link LockClasses#caller}); named by that class.
     */
    public Mutex(@Owned T data, LockClasses.CallerClass cls) {
        this.data = data;
        this.dep = LockdepMap.forSite("Mutex", cls.name(), cls.site());
    }

    public Mutex(@Owned T data, String name, LockClassKey key) {
        this.data = data;
        this.dep = LockdepMap.create("Mutex", name, key, false);
    }

    /** mutex_lock(): sleeps until the mutex is free. */
    @Acquires
    @MightSleep
    public MutexGuard<T> lock() {
        return acquire(0, CallSite.describe());
    }

    /**
     * mutex_lock_nested(): takes a second mutex of a held class in a fixed order, under its own
     * nesting subclass (0 is the default class; at most {@link Lockdep#MAX_SUBCLASSES} - 1).
     */
    @Acquires(subclassParam = 0)
    @MightSleep
    public MutexGuard<T> lockNested(int subclass) {
        return acquire(subclass, CallSite.describe());
    }

    /** mutex_trylock(): the guard, or null when the mutex is taken. Never sleeps. */
    @TryAcquires
    @NoSleep
    public MutexGuard<T> tryLock() {
        home.checkUse(this);
        if (!sem.tryAcquire()) {
            return null;
        }
        Lockdep.Held held = Lockdep.acquire(dep, 0, true, CallSite.describe());
        owner = Thread.currentThread();
        return new MutexGuard<>(this, held, 0);
    }

    /** Runs {@code body} with the mutex held (acquired and released around it) and returns its result. */
    @MightSleep
    @Acquires
    @Releases
    public <R> R withLock(@CalledInPlace Function<? super MutexGuard<T>, ? extends R> body) {
        try (MutexGuard<T> guard = lock()) {
            return body.apply(guard);
        }
    }

    /** lockdep_assert_held(): throws unless the current thread holds this mutex. */
    @Holds("this")
    public void assertHeld() {
        if (owner != Thread.currentThread()) {
            throw new IllegalStateException(dep.describe() + " is not held by " + Thread.currentThread().getName());
        }
    }

    public String name() {
        return dep.name;
    }

    /** The lockdep class of this mutex. */
    public Lockdep.LockClass lockClass() {
        return dep.lockClass;
    }

    @Override
    public PinHome pinHome() {
        return home;
    }

    public boolean isLocked() {
        return owner != null;
    }

    private MutexGuard<T> acquire(int subclass, String site) {
        return new MutexGuard<>(this, lockRaw(subclass, site), subclass);
    }

    /** The blocking part of mutex_lock, shared with CondVar's re-lock after a wait. */
    Lockdep.Held lockRaw(int subclass, String site) {
        home.checkUse(this);
        AtomicContextTracker.mightSleep("mutex_lock(" + dep.describe() + ")");
        // lockdep first: a recursive lock is reported and thrown before it can hang
        Lockdep.Held held = Lockdep.acquire(dep, subclass, false, site);
        sem.acquireUninterruptibly();
        owner = Thread.currentThread();
        return held;
    }

    void unlockRaw(Lockdep.Held held) {
        Lockdep.release(held);
        owner = null;
        sem.release();
    }

    T data() {
        return data;
    }

    void data(T value) {
        data = value;
    }

    @Override
    public String toString() {
        return dep.describe();
    }
}
