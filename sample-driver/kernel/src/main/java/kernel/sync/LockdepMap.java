package kernel.sync;

import kernel.debug.CallSite;

/** What lockdep knows about one lock instance (struct lockdep_map): its class and a display name. */
final class LockdepMap {
    final Lockdep.LockClass lockClass;
    final String kind;
    final String name;
    /** Holding a lock of this kind makes the holder atomic (spinning kinds): its irq usage is tracked. */
    final boolean atomic;
    /**
     * A ww mutex: its class is its ww class; several of one class may be held under one acquire
     * context (the nest lock), and a second one taken without a context is WwMissingContext.
     */
    final boolean ww;

    private LockdepMap(Lockdep.LockClass lockClass, String kind, String name, boolean atomic, boolean ww) {
        this.lockClass = lockClass;
        this.kind = kind;
        this.name = name;
        this.atomic = atomic;
        this.ww = ww;
    }

    /**
     * Picks the class of a new lock: the key's class when a key is given, otherwise one class per
     * construction site (like static_lock_class!() expanding once per init site), named by the
     * lock's name or, without one, by the site's "File.java:line".
     */
    static LockdepMap create(String kind, String name, LockClassKey key, boolean atomic) {
        Lockdep.LockClass cls = key != null ? key.lockClass() : Lockdep.classForSite(kind, name, CallSite.describe());
        String display = name != null ? name : key != null ? key.name() : cls.name();
        return new LockdepMap(cls, kind, display, atomic, false);
    }

    /** A lock whose class is the one of construction site {@code site} (a caller-location class). */
    static LockdepMap forSite(String kind, String name, String site) {
        return new LockdepMap(Lockdep.classForSite(kind, name, site), kind, name, false, false);
    }

    /**
     * A lock of a given class: a ww mutex ({@code ww}, a sleeping kind) whose class is its ww class,
     * or a ww acquire context, whose class is the ww class's acquire class (the nest lock).
     */
    static LockdepMap ofClass(String kind, String name, Lockdep.LockClass cls, boolean ww) {
        return new LockdepMap(cls, kind, name != null ? name : cls.name(), false, ww);
    }

    String describe() {
        return kind + " '" + name + "'" + (name.equals(lockClass.name()) ? "" : " (class " + lockClass.name() + ")");
    }

    @Override
    public String toString() {
        return describe();
    }
}
