// Positive (AnnotationMisuse): @Holds/@Excludes/@Acquires whose lock expressions name nothing: a
// misspelled field, a parameter index past the end, a path through a missing field, a path through an
// int parameter. Reported at each annotation; the methods are never called, so nothing else fires.
package inputs.lockdep.annotationmisuselockexpressions;

import dev.drivercheck.annotations.*;

final class Device {
    private final Mutex lock = new Mutex();
    private int state;

    // :: error: [AnnotationMisuse]
    @Holds("lok")
    void update() {
        state++;
    }

    // :: error: [AnnotationMisuse]
    @Excludes("#1")
    void flush(int budget) {
        state -= budget;
    }

    // :: error: [AnnotationMisuse]
    @Holds("queue.lock")
    void drain() {
        state = 0;
    }

    // :: error: [AnnotationMisuse]
    @Acquires("missing")
    void begin() {
        state = 1;
    }

    // :: error: [AnnotationMisuse]
    @Holds("#0.lock")
    void account(int bytes) {
        state += bytes;
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
