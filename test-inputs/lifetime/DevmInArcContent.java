// Positive (DevmEscape): the register window is put inside an Arc that the scheduler keeps: a counted
// reference lives until its last holder drops it, which can be long after unbind unmapped the registers.
package inputs.lifetime.devminarccontent;

import dev.drivercheck.annotations.*;

/** An MMIO window: unmapped when the device is unbound. */
@DevmScoped
final class IoMem {
    int read32(int offset) {
        return offset;
    }
}

/** A counted reference to a T. */
@Refcounted
final class Arc<T> {
    private final T value;

    private Arc(T value) {
        this.value = value;
    }

    static <T> Arc<T> create(T value) {
        return new Arc<>(value);
    }

    T get() {
        return value;
    }
}

final class Scheduler {
    Arc<IoMem> doorbell;

    void attach(IoMem regs) {
        // :: error: [DevmEscape]
        Arc<IoMem> shared = Arc.create(regs);
        doorbell = shared;
    }
}
