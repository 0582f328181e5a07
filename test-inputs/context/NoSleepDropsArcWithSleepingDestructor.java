// Positive (NoSleepViolated): a @NoSleep method that drops an Arc whose pointee's destructor takes
// a mutex: the final drop is a sleep too.
package inputs.context.nosleepdropsarcwithsleepingdestructor;

import dev.drivercheck.annotations.*;

final class Completion {
    @NoSleep
    void signal(Arc<Job> job) {
        // :: error: [NoSleepViolated]
        job.close();
    }
}

final class Job implements Drop {
    private final Mutex m = new Mutex();

    @Override
    public void drop() {
        m.lock();
        m.unlock();
    }
}

interface Drop {
    @Destructor
    void drop();
}

@Refcounted
final class Arc<T> implements AutoCloseable {
    @DecRef
    @Override
    public void close() {}
}

@LockType(LockKind.MUTEX)
final class Mutex {
    @Acquires
    void lock() {}

    @Releases
    void unlock() {}
}
