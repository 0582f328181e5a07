package kernel.sync;

import java.util.Objects;
import kernel.debug.CallSite;

/**
 * A lockdep class key (struct lock_class_key). Every lock constructed with the same key belongs to
 * one lock class, whatever its construction site. Keys must live in {@code static final} fields,
 * as the kernel requires static storage for them. A key created anywhere else still works (it gets
 * a class of its own, never unregistered, like a dynamic key without lockdep_unregister_key) but
 * is reported at run time, once per creation site ("trying to register non-static key"), and
 * statically as LockClassKeyNotStatic.
 */
@dev.drivercheck.annotations.LockClassKey
public final class LockClassKey {
    private final String name;
    private final Lockdep.LockClass lockClass;

    public LockClassKey(String name) {
        this.name = Objects.requireNonNull(name, "name");
        boolean dynamic = !createdByStaticInitializer();
        this.lockClass = Lockdep.registerKey(this, name, dynamic, dynamic ? CallSite.describe() : null);
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
