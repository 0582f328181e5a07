// Positive (LockOrderInversion): Device.submit() holds Device.lock and calls Queue.push() (takes
// Queue.lock); Queue.drain() holds Queue.lock and calls Device.complete() (takes Device.lock). The
// edges are made through callees, so each site is the call; reported once, at queue.push() (first).
package inputs.lockdep.crossclasscyclethroughcallees;

import dev.drivercheck.annotations.*;

final class Device {
    private final Mutex lock = new Mutex();
    private final Queue queue;
    private int done;

    Device(Queue queue) {
        this.queue = queue;
    }

    void submit(int job) {
        try (Guard g = lock.lock()) {
            // :: error: [LockOrderInversion]
            queue.push(job);
        }
    }

    void complete() {
        try (Guard g = lock.lock()) {
            done++;
        }
    }
}

final class Queue {
    private final Mutex lock = new Mutex();
    private Device dev;
    private int head;

    void attach(Device d) {
        dev = d;
    }

    void push(int job) {
        try (Guard g = lock.lock()) {
            head = job;
        }
    }

    void drain() {
        try (Guard g = lock.lock()) {
            head = 0;
            dev.complete();
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
