// Positive (LockClassKeyNotStatic): keys created per instance (in a constructor, as an inline
// constructor argument, in an instance field initializer) or in a non-final static field: each
// registers a dynamic lockdep key that is never unregistered. A warning at each new expression.
package inputs.lockdep.lockclasskeynotstaticwarnings;

import dev.drivercheck.annotations.*;

final class Queue {
    // :: warning: [LockClassKeyNotStatic]
    static Key shared = new Key();

    // :: warning: [LockClassKeyNotStatic]
    private final Key fieldKey = new Key();

    private final Key key;
    private final Mutex lock;
    private final Mutex other;
    private final Mutex third;

    Queue() {
        // :: warning: [LockClassKeyNotStatic]
        key = new Key();
        lock = new Mutex(key);
        // :: warning: [LockClassKeyNotStatic]
        other = new Mutex(new Key());
        third = new Mutex(fieldKey);
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
