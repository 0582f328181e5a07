// Positive (RecursiveLock): Engine.submit and Engine.retire are both constructed with the key constant
// Keys.QUEUE, so they are one lock class; taking retire while holding submit re-acquires that class.
package inputs.lockdep.lockclasskeysharedrecursive;

import dev.drivercheck.annotations.*;

final class Keys {
    static final Key QUEUE = new Key();

    private Keys() {}
}

final class Engine {
    private final Mutex submit = new Mutex(Keys.QUEUE);
    private final Mutex retire = new Mutex(Keys.QUEUE);
    private int inFlight;

    void flush() {
        try (Guard a = submit.lock()) {
            // :: error: [RecursiveLock]
            try (Guard b = retire.lock()) {
                inFlight = 0;
            }
        }
    }
}

/** A lockdep class key: one lock class per key; keys belong in static final fields. */
@LockClassKey
final class Key {}

/** A mutex whose class is its field, or the key passed to its constructor. */
@LockType(LockKind.MUTEX)
final class Mutex {
    Mutex() {}

    Mutex(Key key) {}

    @Acquires
    Guard lock() {
        return new Guard();
    }

    @Acquires(subclassParam = 0)
    Guard lockNested(int subclass) {
        return new Guard();
    }
}

@LockGuard
final class Guard implements AutoCloseable {
    @Releases
    @Override
    public void close() {}
}
