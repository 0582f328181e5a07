// Positive (SleepInAtomic): a mutex taken in the hard-IRQ handler and with interrupts enabled
// elsewhere. A sleeping lock kind in IRQ context is SleepInAtomic at the handler's acquisition,
// never IrqUnsafeLock.
package inputs.lockdep.sleepinglockinhardirqnotirqunsafe;

import dev.drivercheck.annotations.*;

final class Sensor {
    private final Mutex lock = new Mutex();
    private int sample;

    @AtomicContext(Context.HARDIRQ)
    void onSample() {
        // :: error: [SleepInAtomic]
        try (Guard g = lock.lock()) {
            sample++;
        }
    }

    int read() {
        try (Guard g = lock.lock()) {
            return sample;
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
