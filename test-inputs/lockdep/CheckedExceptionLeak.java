// Positive (LockLeak): Firmware.read() declares a checked IOException; when it throws, load() leaves
// with the mutex held (no finally). Checked exceptions are paths; reported at the acquisition.
package inputs.lockdep.checkedexceptionleak;

import dev.drivercheck.annotations.*;
import java.io.IOException;

final class Firmware {
    int read(int offset) throws IOException {
        if (offset < 0) {
            throw new IOException("bad offset");
        }
        return offset;
    }
}

final class Loader {
    private final Mutex lock = new Mutex();
    private final Firmware fw = new Firmware();
    private int image;

    void load(int offset) throws IOException {
        // :: error: [LockLeak]
        lock.acquire();
        image = fw.read(offset);
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
