// Positive (DevmEscape): probe queues a deferred power-down on the workqueue whose lambda captures the
// devm MMIO mapping: the work can run after unbind has unmapped it. Reported at the lambda.
package inputs.lifetime.devmcapturedbyworkqueuelambda;

import dev.drivercheck.annotations.*;

final class Workqueue {
    private Workqueue() {}

    /** queue_work(system_wq, ...): runs later in process context. */
    static void enqueue(@RunsIn(Context.PROCESS) Runnable work) {}
}

final class GpuDriver {
    static final int PWR_CTRL = 0x70;

    @BoundContext
    void probe(PlatformDevice pdev) {
        IoMem regs = pdev.ioremap(0);
        regs.write32(PWR_CTRL, 1);
        // :: error: [DevmEscape]
        Workqueue.enqueue(() -> regs.write32(PWR_CTRL, 0));
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
