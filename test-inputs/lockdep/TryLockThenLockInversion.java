// Positive (LockOrderInversion): poll() trylocks a and, having got it, waits for b (edge a -> b: the
// wait on b happens with a held); drain() takes b then a (edge b -> a). A real AB-BA despite the
// trylock; reported at b.acquire() in poll() (first edge site).
package inputs.lockdep.trylockthenlockinversion;

import dev.drivercheck.annotations.*;

final class Mailbox {
    private final Mutex a = new Mutex();
    private final Mutex b = new Mutex();
    private int msgs;

    void poll() {
        if (a.tryLockRaw()) {
            try {
                // :: error: [LockOrderInversion]
                b.acquire();
                try {
                    msgs--;
                } finally {
                    b.release();
                }
            } finally {
                a.release();
            }
        }
    }

    void drain() {
        try (Guard gb = b.lock()) {
            try (Guard ga = a.lock()) {
                msgs = 0;
            }
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
