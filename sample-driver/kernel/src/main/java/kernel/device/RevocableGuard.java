package kernel.device;

import dev.drivercheck.annotations.Borrowed;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Releases;
import kernel.sync.RcuReadGuard;

/** Access to revocable data; holds the RCU read lock until closed. */
@LockGuard
public final class RevocableGuard<T> implements AutoCloseable {
    private final T data;
    private final RcuReadGuard rcu;

    RevocableGuard(T data, RcuReadGuard rcu) {
        this.data = data;
        this.rcu = rcu;
    }

    @Borrowed
    public T get() {
        return data;
    }

    @Releases
    @NoSleep
    @Override
    public void close() {
        rcu.close();
    }
}
