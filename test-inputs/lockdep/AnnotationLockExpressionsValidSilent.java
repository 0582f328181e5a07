// Negative (AnnotationMisuse, LockNotHeld, LockLeak, UnlockNotHeld): lock expressions of every valid
// form ("this" on the lock type, a field, a dotted path, "#0", "#0.lock") used correctly by callers.
package inputs.lockdep.annotationlockexpressionsvalidsilent;

import dev.drivercheck.annotations.*;

final class Device {
    final Mutex lock = new Mutex();
    int state;

    @Holds("lock")
    void update() {
        state++;
    }
}

final class Driver {
    private final Device dev = new Device();

    @Holds("dev.lock")
    void poke() {
        dev.update();
    }

    @Holds("#0")
    static void checked(Mutex m) {}

    @Holds("#0.lock")
    static void touch(Device d) {
        d.state--;
    }

    @Excludes("dev.lock")
    void run() {
        try (Guard g = dev.lock.lock()) {
            poke();
            checked(dev.lock);
            touch(dev);
        }
    }

    @Acquires("dev.lock")
    void begin() {
        dev.lock.acquire();
    }

    @Releases("dev.lock")
    void end() {
        dev.lock.release();
    }

    void cycle() {
        begin();
        poke();
        end();
        run();
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
