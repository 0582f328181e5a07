package kernel.sync;

import java.util.Objects;
import kernel.debug.CallSite;
import kernel.debug.DebugReports;
import kernel.debug.Report;

/**
 * A lockdep class key (struct lock_class_key). Every lock constructed with the same key belongs to
 * one lock class, whatever its construction site. Keys must live in {@code static final} fields,
 * as the kernel requires static storage for them; a key created anywhere else is reported at run
 * time ("trying to register non-static key") and statically as LockClassKeyNotStatic.
 */
@dev.drivercheck.annotations.LockClassKey
public final class LockClassKey {
    private final String name;
    private final Lockdep.LockClass lockClass;

    public LockClassKey(String name) {
        this.name = Objects.requireNonNull(name, "name");
        this.lockClass = Lockdep.registerKey(this, name);
        if (!createdByStaticInitializer()) {
            DebugReports.record(Report.Kind.NON_STATIC_KEY, "INFO: trying to register non-static key.",
                    "lock class key '" + name + "' created at " + CallSite.describe()
                            + ": keys must live in static final fields (one lock class per key, never freed)");
        }
    }

    public String name() {
        return name;
    }

    Lockdep.LockClass lockClass() {
        return lockClass;
    }

    /** The frame that called the constructor is a class initializer (static field init). */
    private static boolean createdByStaticInitializer() {
        // frames: this method, the constructor, then its caller
        return StackWalker.getInstance()
                .walk(s -> s.skip(2).findFirst())
                .map(f -> f.getMethodName().equals("<clinit>"))
                .orElse(false);
    }

    @Override
    public String toString() {
        return "LockClassKey(" + name + ")";
    }
}
