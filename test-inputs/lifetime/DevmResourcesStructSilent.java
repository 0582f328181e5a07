// Negative (DevmEscape): asahi's Resources: a @DevmScoped struct holding the bound-device proof, the SGX
// and ASC mappings, the IRQ registration and a list of extra windows. Devm values stored into a devm
// owner do not outlive it; the driver data keeps the struct itself only through a Devres.
package inputs.lifetime.devmresourcesstructsilent;

import dev.drivercheck.annotations.*;
import java.util.ArrayList;
import java.util.List;

@DevmScoped
final class Resources {
    private final BoundDevice bound;
    private final IoMem sgx;
    private final IoMem asc;
    private final IrqRegistration irq;
    private final List<IoMem> extra = new ArrayList<>();
    private IoMem debug;

    Resources(BoundDevice bound, IoMem sgx, IoMem asc, IrqRegistration irq) {
        this.bound = bound;
        this.sgx = sgx;
        this.asc = asc;
        this.irq = irq;
    }

    void addExtra(IoMem window) {
        extra.add(window);
    }

    void setDebug(IoMem window) {
        this.debug = window;
    }

    void startCpu() {
        asc.write32(0x44, 1);
        sgx.write32(0x0, 1);
    }
}

final class GpuData {
    private final Devres<Resources> res;

    GpuData(Devres<Resources> res) {
        this.res = res;
    }
}

final class AsahiDriver {
    @BoundContext
    GpuData probe(PlatformDevice pdev, BoundDevice bound) {
        Resources res = new Resources(bound, pdev.ioremap(0), pdev.ioremap(1), pdev.requestIrq(0));
        res.addExtra(pdev.ioremap(2));
        res.setDebug(pdev.ioremap(3));
        res.startCpu();
        return new GpuData(Devres.create(pdev, res));
    }
}

/** The &Device<Bound> proof: valid only from probe to remove. */
@DevmScoped
final class BoundDevice {}

/** devm_request_irq(): freed at unbind. */
@DevmScoped
final class IrqRegistration {}

/** An MMIO mapping made with devm_ioremap: unmapped when the device unbinds. */
@DevmScoped
final class IoMem {
    void write32(int offset, int value) {}
}

final class PlatformDevice {
    /** devm_platform_ioremap_resource(). */
    IoMem ioremap(int index) {
        return new IoMem();
    }

    IrqRegistration requestIrq(int index) {
        return new IrqRegistration();
    }
}

/** Devres<T>: the content is revoked (dropped) at unbind. */
@Revocable
final class Devres<T> {
    private final T data;

    private Devres(T data) {
        this.data = data;
    }

    static <T> Devres<T> create(PlatformDevice dev, T data) {
        return new Devres<>(data);
    }
}
