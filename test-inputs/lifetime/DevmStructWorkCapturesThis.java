// Positive (DevmEscape): the classic devm_kzalloc + work_struct bug: a @DevmScoped private struct queues
// a reset work whose lambda uses the struct's own register field, so it captures `this` (a devm value)
// and can run after the struct is freed at unbind. Reported at the lambda.
package inputs.lifetime.devmstructworkcapturesthis;

import dev.drivercheck.annotations.*;

final class Workqueue {
    private Workqueue() {}

    /** queue_work(system_wq, ...): runs later in process context. */
    static void enqueue(@RunsIn(Context.PROCESS) Runnable work) {}
}

/** The driver's private state, devm_kzalloc'd: freed at unbind. */
@DevmScoped
final class GpuPriv {
    private final IoMem regs;
    private int resets;

    GpuPriv(IoMem regs) {
        this.regs = regs;
    }

    void scheduleReset() {
        resets++;
        // :: error: [DevmEscape]
        Workqueue.enqueue(() -> regs.write32(0x0, 0xdead));
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
