// Positive (DropInAtomic): an intrusively counted object (a GEM-object-like type that is its own
// pointee) put inside an RCU read section; its destructor frees backing pages with a sleeping call.
package inputs.context.intrusiverefdropunderrcu;

import dev.drivercheck.annotations.*;

@Refcounted
class GemObject {
    @IncRef
    GemObject get() {
        return this;
    }

    @DecRef
    void put() {}

    @Destructor
    void free() {
        Pages.release();
    }
}

final class Lookup {
    static final Rcu RCU = new Rcu();

    @Acquires("RCU")
    static RcuGuard readLock() {
        return new RcuGuard();
    }

    void drop(GemObject bo) {
        try (RcuGuard r = readLock()) {
            // :: error: [DropInAtomic]
            bo.put();
        }
    }
}

@LockType(LockKind.RCU)
final class Rcu {}

@LockGuard
final class RcuGuard implements AutoCloseable {
    @Releases
    @Override
    public void close() {}
}

final class Pages {
    @MightSleep
    static void release() {}
}
