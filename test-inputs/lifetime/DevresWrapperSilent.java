// Negative (DevmEscape): the sanctioned way: the unscoped driver data keeps its MMIO as Devres<IoMem>
// (revoked at unbind) in a field, in a list and in a static; the IoMem inside is reached only through
// try_access() and never escapes. Wrapping the devm value (an argument to Devres.create) is fine too.
package inputs.lifetime.devreswrappersilent;

import dev.drivercheck.annotations.*;
import java.util.ArrayList;
import java.util.List;

final class GpuData {
    static Devres<IoMem> bootRegs;

    private final Devres<IoMem> regs;
    private final List<Devres<IoMem>> windows = new ArrayList<>();

    GpuData(Devres<IoMem> regs) {
        this.regs = regs;
    }

    void addWindow(Devres<IoMem> w) {
        windows.add(w);
    }

    int status() {
        try (RevocableGuard<IoMem> g = regs.tryAccess()) {
            if (g == null) {
                return -19;
            }
            return g.get().read32(0x10);
        }
    }
}

final class GpuDriver {
    @BoundContext
    GpuData probe(PlatformDevice pdev) {
        IoMem raw = pdev.ioremap(0);
        Devres<IoMem> regs = Devres.create(pdev, raw);
        GpuData data = new GpuData(regs);
        data.addWindow(Devres.create(pdev, pdev.ioremap(1)));
        GpuData.bootRegs = regs;
        return data;
    }
}

/** Devres<T>: the content is revoked (dropped) at unbind; try_access() returns null afterwards. */
@Revocable
final class Devres<T> {
    private final RcuLock rcu = new RcuLock();
    private final T data;

    private Devres(T data) {
        this.data = data;
    }

    /** Devres::new(): registers the revoke as a devm action of the device. */
    static <T> Devres<T> create(PlatformDevice dev, T data) {
        return new Devres<>(data);
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
