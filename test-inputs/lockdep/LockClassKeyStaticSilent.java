// Negative (LockClassKeyNotStatic, RecursiveLock, LockOrderInversion): keys live in static final fields;
// Engine's two mutexes have different keys (two classes) and are always taken submit before retire.
package inputs.lockdep.lockclasskeystaticsilent;

import dev.drivercheck.annotations.*;

final class Keys {
    static final Key SUBMIT = new Key();
    static final Key RETIRE = new Key();

    private Keys() {}
}

final class Engine {
    private static final Key LOCAL = new Key();

    private final Mutex submit = new Mutex(Keys.SUBMIT);
    private final Mutex retire = new Mutex(Keys.RETIRE);
    private final Mutex local = new Mutex(LOCAL);
    private int inFlight;

    void flush() {
        try (Guard a = submit.lock()) {
            try (Guard b = retire.lock()) {
                inFlight = 0;
            }
        }
    }

    void poke() {
        try (Guard c = local.lock()) {
            inFlight++;
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
