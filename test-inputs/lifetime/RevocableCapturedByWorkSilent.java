// Negative (DevmEscape): asahi's GpuManager (unscoped) holds the SGX registers as Revocable<IoMem>, and a
// deferred TLB-flush work item captures the manager and reaches the registers through try_access(),
// which fails once they are revoked: no devm value is captured by the work.
package inputs.lifetime.revocablecapturedbyworksilent;

import dev.drivercheck.annotations.*;

final class Workqueue {
    private Workqueue() {}

    /** queue_work(system_wq, ...): runs later in process context. */
    static void enqueue(@RunsIn(Context.PROCESS) Runnable work) {}
}

final class GpuManager {
    static final int TLB_FLUSH = 0x40;

    private final Revocable<IoMem> sgx;

    GpuManager(Revocable<IoMem> sgx) {
        this.sgx = sgx;
    }

    void scheduleFlush() {
        Workqueue.enqueue(() -> {
            try (RevocableGuard<IoMem> g = sgx.tryAccess()) {
                if (g != null) {
                    g.get().write32(TLB_FLUSH, 1);
                }
            }
        });
    }
}

final class AsahiDriver {
    @BoundContext
    GpuManager probe(PlatformDevice pdev) {
        return new GpuManager(new Revocable<>(pdev.ioremap(0)));
    }
}

/** Revocable<T>: the content is dropped when revoked (at unbind); try_access() fails afterwards. */
@dev.drivercheck.annotations.Revocable
final class Revocable<T> {
    private final RcuLock rcu = new RcuLock();
    private final T data;

    Revocable(T data) {
        this.data = data;
    }

    /** try_access(): an RCU read-side section holding the content, or null once revoked. */
    @TryAcquires("rcu")
    RevocableGuard<T> tryAccess() {
        return new RevocableGuard<>(data);
    }
}

/** An MMIO mapping made with devm_ioremap: unmapped when the device unbinds. */
@DevmScoped
final class IoMem {
    int read32(int offset) {
        return 0;
    }

    void write32(int offset, int value) {}
}

final class PlatformDevice {
    /** devm_platform_ioremap_resource(). */
    IoMem ioremap(int index) {
        return new IoMem();
    }
}

/** The RCU read side guarding a revocable's content. */
@LockType(LockKind.RCU)
final class RcuLock {}

/** The access guard: holds the RCU read lock, closes it at the end of the access section. */
@LockGuard
final class RevocableGuard<T> implements AutoCloseable {
    private final T data;

    RevocableGuard(T data) {
        this.data = data;
    }

    T get() {
        return data;
    }

    @Releases
    @Override
    public void close() {}
}
