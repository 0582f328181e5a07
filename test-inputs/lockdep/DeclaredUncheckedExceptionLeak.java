// Positive and negative (LockLeak): an unchecked exception that the callee declares in its throws
// clause (a documented error path, like a Rust function returning Result) is a path: load() leaves
// with the mutex held when Firmware.read() throws it. The same call with no declaration is like
// any call that may throw an unchecked exception, which is no leak path (see UncheckedExceptionsNoLeak).
package inputs.lockdep.declareduncheckedexceptionleak;

import dev.drivercheck.annotations.*;

final class FirmwareError extends RuntimeException {
    FirmwareError(String message) {
        super(message);
    }
}

final class Firmware {
    int read(int offset) throws FirmwareError {
        if (offset < 0) {
            throw new FirmwareError("bad offset");
        }
        return offset;
    }

    int peek(int offset) {
        return offset;
    }
}

final class Loader {
    private final Mutex lock = new Mutex();
    private final Firmware fw = new Firmware();
    private int image;

    void load(int offset) {
        // :: error: [LockLeak]
        lock.acquire();
        image = fw.read(offset);
        lock.release();
    }

    void peek(int offset) {
        lock.acquire();
        image = fw.peek(offset);
        lock.release();
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
