// Positive (UnboundAccess): register access needs the device bound. An ioctl handler (nothing bound
// calls it), deferred work and a drmm release action reach it without drm_dev_enter; the release
// action also touches the devm register window after unbind.
package inputs.lifetime.unboundaccessfromentrypoints;

import dev.drivercheck.annotations.*;

/** An MMIO window: unmapped when the device is unbound. */
@DevmScoped
final class IoMem {
    @RequiresBound
    int read32(int offset) {
        return offset;
    }
}

/** drm_dev_enter(): a guard while the device is still there, null once it is unplugged. */
final class Drm {
    @EntersBound
    Object enter() {
        return this;
    }
}

/** The GPU's firmware mailbox: talking to it needs the device bound. */
final class Mailbox {
    @RequiresBound
    int poll() {
        return 0;
    }
}

final class Workqueue {
    static void queue(@RunsIn(Context.PROCESS) Runnable work) {}
}

final class Gpu {
    private final Drm drm = new Drm();
    private final Mailbox mbox = new Mailbox();
    int status;

    /** A helper that reads a register: judged where it is called. */
    int readStatus(IoMem r) {
        return r.read32(0x10);
    }

    int ioctlQuery(IoMem r) {
        // :: error: [UnboundAccess]
        return readStatus(r);
    }

    int ioctlQueryEntered(IoMem r) {
        if (drm.enter() == null) {
            return -19;
        }
        return readStatus(r);
    }

    void scheduleReset() {
        // :: error: [UnboundAccess]
        Workqueue.queue(() -> status = mbox.poll());
    }

    @AfterUnbind
    void release(IoMem r) {
        // :: error: [UnboundAccess]
        status = r.read32(0);
    }
}
