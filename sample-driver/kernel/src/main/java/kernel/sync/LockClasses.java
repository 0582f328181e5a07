package kernel.sync;

import dev.drivercheck.annotations.Pinned;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.LockClass;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Releases;
import java.util.HashMap;
import java.util.Map;
import kernel.debug.AtomicContextTracker;
import kernel.debug.CallSite;

/**
 * Lock classes registered at run time, one per caller location (asahi's
 * rust/kernel/sync/lockdep.rs: {@code Mutex::new} with {@code #[track_caller]} and
 * {@code new_named} find or create the class of their caller's source location). The table is
 * hashed into buckets behind one global mutex ({@code LOCK_CLASSES}, the "lockdep bucket lock");
 * a class is allocated on first use and never freed. Looking one up takes that mutex and may
 * allocate, so it sleeps; whatever the caller holds is ordered before the bucket lock.
 *
 * <pre>{@code
 * inner = new Mutex<>(new Inner(), LockClasses.GLOBAL.caller("WorkQueue::inner (Vertex)"));
 * }</pre>
 */
@Pinned
public final class LockClasses {
    /** The class of one caller location: its name and the location ("Class.method(File.java:n)"). */
    public record CallerClass(String name, String site) {}

    /** The bucket lock's own class: a static key (its construction site would be whoever first used the table). */
    private static final LockClassKey BUCKET_KEY = new LockClassKey("lockdep_classes");

    /** LOCK_CLASSES: the one global table (declared after its key, which it needs). */
    public static final LockClasses GLOBAL = kernel.types.Pin.<LockClasses>box(slot -> new LockClasses()).get();

    @LockClass("lockdep_classes")
    @Pin
    private final Mutex<Map<String, CallerClass>> buckets;

    private LockClasses() {
        buckets = new Mutex<>(new HashMap<>(), "lockdep_classes", BUCKET_KEY);
    }

    /**
     * caller_lock_class(): the class of the calling location, registered on first use. Sleeps
     * (the bucket mutex; a GFP_KERNEL allocation for a new entry).
     */
    @Acquires("buckets")
    @Releases("buckets")
    @MightSleep
    public CallerClass caller(String name) {
        String site = CallSite.describe();
        try (MutexGuard<Map<String, CallerClass>> g = buckets.lock()) {
            CallerClass c = g.get().get(site);
            if (c == null) {
                AtomicContextTracker.mightSleep("kmalloc(GFP_KERNEL) in caller_lock_class");
                c = new CallerClass(name, site);
                g.get().put(site, c);
            }
            return c;
        }
    }

    /** How many caller locations have a class (they are never unregistered). */
    @MightSleep
    public int size() {
        try (MutexGuard<Map<String, CallerClass>> g = buckets.lock()) {
            return g.get().size();
        }
    }
}
