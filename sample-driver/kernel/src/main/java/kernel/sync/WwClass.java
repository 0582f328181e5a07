package kernel.sync;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A ww class ({@code DEFINE_WW_CLASS} / {@code DEFINE_WD_CLASS}): the set of ww mutexes one
 * acquire context may lock together, with the deadlock-avoidance flavour they use. Instances live
 * in {@code static final} fields, like the kernel's static {@code struct ww_class}:
 *
 * <pre>{@code
 * public static final WwClass RESERVATION = WwClass.woundWait("reservation");
 * }</pre>
 *
 * <ul>
 *   <li><b>wound-wait</b>: an older transaction that finds a lock held by a younger one wounds
 *       the holder and waits; the wounded transaction backs off ({@code -EDEADLK}) at its next
 *       contended lock;</li>
 *   <li><b>wait-die</b>: a younger transaction that finds a lock held by an older one dies at once
 *       ({@code -EDEADLK}); an older one waits.</li>
 * </ul>
 * "Older" is the smaller stamp (ticket), drawn by {@link WwAcquireCtx} at init from a global
 * counter and kept across retries, so every transaction eventually becomes the oldest and wins.
 *
 * <p>For lockdep, the class is the lock class of all its mutexes (named by the class name), and
 * its acquire contexts have a class of their own ({@code name_acquire}), the nest lock under which
 * several of its mutexes may be held.
 */
@dev.drivercheck.annotations.WwClass
public final class WwClass {
    /** The stamps of all acquire contexts (the kernel keeps one counter per class; one is enough). */
    private static final AtomicLong STAMPS = new AtomicLong();

    private final String name;
    private final boolean waitDie;
    private final Lockdep.LockClass mutexClass;
    private final Lockdep.LockClass acquireClass;

    private WwClass(String name, boolean waitDie) {
        this.name = Objects.requireNonNull(name, "name");
        this.waitDie = waitDie;
        this.mutexClass = Lockdep.registerClass(this, name);
        this.acquireClass = Lockdep.registerClass(new Object(), name + "_acquire");
    }

    /** DEFINE_WW_CLASS(name): a wound-wait class. */
    public static WwClass woundWait(String name) {
        return new WwClass(name, false);
    }

    /** DEFINE_WD_CLASS(name): a wait-die class. */
    public static WwClass waitDie(String name) {
        return new WwClass(name, true);
    }

    public String name() {
        return name;
    }

    /** Wait-die (true) or wound-wait (false). */
    public boolean isWaitDie() {
        return waitDie;
    }

    /** The lockdep class of this class's mutexes. */
    public Lockdep.LockClass lockClass() {
        return mutexClass;
    }

    Lockdep.LockClass acquireClass() {
        return acquireClass;
    }

    static long nextStamp() {
        return STAMPS.incrementAndGet();
    }

    @Override
    public String toString() {
        return (waitDie ? "WwClass.waitDie(" : "WwClass.woundWait(") + name + ")";
    }
}
