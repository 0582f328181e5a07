// Positive (AnnotationMisuse): lock expressions that name nothing, a lock annotation on a type that
// is no lock, a callback annotation on a parameter that is no functional interface, @DecRef on a
// type that is not @Refcounted, @MightSleep inside a @NoSleep type, a @Destructor with parameters.
package inputs.context.annotationmisuselockexpressions;

import dev.drivercheck.annotations.*;

@LockType(LockKind.MUTEX)
final class Mutex {
    // :: error: [AnnotationMisuse]
    @Acquires("#3")
    void lockNested(int subclass) {}

    // :: error: [AnnotationMisuse]
    @Releases("owner")
    void unlock() {}
}

final class Registry {
    // :: error: [AnnotationMisuse]
    @Acquires
    void lockAll() {}

    void each(
            // :: error: [AnnotationMisuse]
            @CalledInPlace String notACallback) {}

    // :: error: [AnnotationMisuse]
    @DecRef
    void put() {}
}

@NoSleep
final class Fast {
    // :: error: [AnnotationMisuse]
    @MightSleep
    void slow() {}
}

final class Obj {
    // :: error: [AnnotationMisuse]
    @Destructor
    void drop(int flags) {}
}
