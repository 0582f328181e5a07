package kernel.device;

import dev.drivercheck.annotations.DevmScoped;
import dev.drivercheck.annotations.NoSleep;
import java.util.concurrent.atomic.AtomicIntegerArray;
import kernel.types.Drop;

/**
 * A mapped MMIO region (kernel::io::mem::IoMem): 32-bit registers. Valid only while the device is
 * bound, so it lives inside a {@link Devres}. Accessors never sleep.
 */
@DevmScoped
public final class IoMem implements Drop {
    private final String name;
    private final AtomicIntegerArray regs;
    private volatile boolean unmapped;

    IoMem(String name, int words) {
        this.name = name;
        this.regs = new AtomicIntegerArray(words);
    }

    @NoSleep
    public int read32(int offset) {
        check();
        return regs.get(offset / 4);
    }

    @NoSleep
    public void write32(int offset, int value) {
        check();
        regs.set(offset / 4, value);
    }

    @NoSleep
    public long read64(int offset) {
        return (read32(offset) & 0xffffffffL) | ((long) read32(offset + 4) << 32);
    }

    private void check() {
        if (unmapped) {
            throw new IllegalStateException("MMIO access to unmapped region " + name);
        }
    }

    /** iounmap. */
    @NoSleep
    @Override
    public void drop() {
        unmapped = true;
    }

    @Override
    public String toString() {
        return "IoMem(" + name + ")";
    }
}
