// Positive (AnnotationMisuse): @AcquiredBefore/@AcquiredAfter naming classes that do not exist: an
// unknown class, an unknown field of a known class, an unknown simple name. Reported at each annotation.
package inputs.lockdep.annotationmisuseordernames;

import dev.drivercheck.annotations.*;

final class Chain {
    // :: error: [AnnotationMisuse]
    @AcquiredBefore("Nowhere.lock")
    private final Mutex head = new Mutex();

    // :: error: [AnnotationMisuse]
    @AcquiredAfter("ghost")
    private final Mutex tail = new Mutex();

    // :: error: [AnnotationMisuse]
    @AcquiredBefore("Chain.missing")
    private final Mutex middle = new Mutex();

    private int links;

    void walk() {
        try (Guard h = head.lock()) {
            links++;
        }
        try (Guard m = middle.lock()) {
            links++;
        }
        try (Guard t = tail.lock()) {
            links++;
        }
    }
}

/** A mutex: a sleeping lock (acquiring it may block). */
@LockType(LockKind.MUTEX)
final class Mutex {
    /** mutex_lock(): the returned guard holds the mutex. */
    @Acquires
    Guard lock() {
        return new Guard();
    }

    /** mutex_lock_nested(): the same class under nesting subclass {@code subclass}. */
    @Acquires(subclassParam = 0)
    Guard lockNested(int subclass) {
        return new Guard();
    }

    /** mutex_trylock(): null when the mutex is taken; never waits. */
    @TryAcquires
    Guard tryLock() {
        return new Guard();
    }

    /** mutex_trylock() without a guard: true when taken. */
    @TryAcquires
    boolean tryLockRaw() {
        return true;
    }

    /** mutex_lock() without a guard. */
    @Acquires
    void acquire() {}

    /** mutex_unlock(). */
    @Releases
    void release() {}
}

@LockGuard
final class Guard implements AutoCloseable {
    @Releases
    @Override
    public void close() {}
}
