package kernel.types;

import dev.drivercheck.annotations.NoSleep;

/**
 * An object that carries its own reference count (a C object with get/put: a GEM object, a DRM
 * device). {@link ARef} holds one such reference. Objects usually keep a {@link Kref}; the
 * {@code decRef} that drops the count to zero releases the object (by running its {@link Drop},
 * if it has one).
 */
public interface AlwaysRefCounted {
    /** The C get: never sleeps. */
    @NoSleep
    void incRef();

    /** The C put: the last one releases the object, in the caller's context. */
    void decRef();
}
