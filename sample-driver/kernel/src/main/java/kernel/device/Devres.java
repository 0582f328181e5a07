package kernel.device;

import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.RequiresBound;
import dev.drivercheck.annotations.TryAcquires;

/**
 * A device-managed resource (kernel::devres::Devres): revoked by a devres action when the device
 * is unbound, or when the Devres itself is dropped, whichever comes first. Access it with
 * {@link #tryAccess()} (RCU, may fail after unbind) or, with a bound-device proof, {@link #access}.
 */
@dev.drivercheck.annotations.Revocable
public final class Devres<T> implements AutoCloseable {
    private final Revocable<T> inner;

    private Devres(Revocable<T> inner) {
        this.inner = inner;
    }

    /** Devres::new: registers the revoke action with the device. */
    @NoSleep
    public static <T> Devres<T> create(PlatformDevice dev, T data) {
        Devres<T> d = new Devres<>(new Revocable<>(data));
        dev.devmAddAction(d.inner::revoke);
        return d;
    }

    /** try_access(): the data under RCU, or null once the device is unbound. */
    @TryAcquires("inner.rcu")
    @NoSleep
    public RevocableGuard<T> tryAccess() {
        return inner.tryAccess();
    }

    /** access(&amp;Device&lt;Bound&gt;): direct access; the proof says the device cannot unbind meanwhile. */
    @RequiresBound
    public T access(BoundDevice bound) {
        bound.check();
        return inner.accessUnchecked();
    }

    public boolean isRevoked() {
        return inner.isRevoked();
    }

    /** Dropping a Devres revokes too. */
    @MightSleep
    @Override
    public void close() {
        inner.revoke();
    }
}
