// Positive (AnnotationMisuse): @Pin on fields whose types are not @Pinned (a plain counter, an int, a
// config): there is nothing to pin. Reported at each @Pin, and never also as PinnedStructural, even
// for a non-final field, a non-@Pinned owner or a later reassignment.
package inputs.pinning.annotationmisusepinonunpinnedtype;

import dev.drivercheck.annotations.*;

@Pinned
final class Device {
    @Pin private final Mutex lock = new Mutex();
    // :: error: [AnnotationMisuse]
    @Pin private final Counter stats = new Counter();
    // :: error: [AnnotationMisuse]
    @Pin private int refs;

    int refs() {
        return refs;
    }
}

final class Settings {
    // :: error: [AnnotationMisuse]
    @Pin Config config;

    void reload() {
        config = new Config();
    }
}

/** A plain counter: movable. */
final class Counter {
    long hits;
}

/** A plain configuration: movable. */
final class Config {
    int timeoutMs;
}

/** A mutex: its wait list points back into it, so it never moves once initialized. */
@Pinned
final class Mutex {
}
