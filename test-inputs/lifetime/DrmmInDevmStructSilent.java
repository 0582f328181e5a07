// Negative (DrmmEscape, DevmEscape): the devm IRQ registration's handler data points at the drmm device
// data and its CRTC (to send vblank events) and holds its own devm register window: a devm owner dies
// at unbind, before the drm_device's release, so the drmm values stored there do not outlive anything.
package inputs.lifetime.drmmindevmstructsilent;

import dev.drivercheck.annotations.*;

/** The DRM device data: freed at the drm_device's final release. */
@DrmmScoped
final class KmsData {
    final Crtc crtc = new Crtc();
}

/** drmm_crtc_alloc_with_planes(). */
@DrmmScoped
final class Crtc {
    void handleVblank() {}
}

/** An MMIO mapping made with devm_ioremap: unmapped when the device unbinds. */
@DevmScoped
final class IoMem {
    int read32(int offset) {
        return 0;
    }
}

/** The dev_id of devm_request_irq(): freed with the IRQ at unbind. */
@DevmScoped
final class IrqData {
    private final KmsData kms;
    private final IoMem regs;
    private Crtc vblankCrtc;

    IrqData(KmsData kms, IoMem regs) {
        this.kms = kms;
        this.regs = regs;
    }

    void enableVblank(Crtc crtc) {
        this.vblankCrtc = crtc;
    }

    @AtomicContext(Context.HARDIRQ)
    void handle() {
        if (regs.read32(0x8) != 0) {
            vblankCrtc.handleVblank();
        }
    }
}

final class PlatformDevice {
    IoMem ioremap(int index) {
        return new IoMem();
    }
}

final class KmsDriver {
    @BoundContext
    IrqData probeIrq(PlatformDevice pdev, KmsData kms) {
        IrqData data = new IrqData(kms, pdev.ioremap(1));
        data.enableVblank(kms.crtc);
        return data;
    }
}
