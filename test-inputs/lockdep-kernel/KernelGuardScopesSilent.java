// Negative (LockLeak, UnlockNotHeld, RecursiveLock): kernel model: try-with-resources guards, a guard
// closed in finally, a null tryLock() guard (close() skipped), and sequential re-locking after close.
package inputs.lockdepkernel.kernelguardscopessilent;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;
import kernel.sync.SpinLock;
import kernel.sync.SpinLockGuard;

@Pinned
final class Device {
    @Pin private final Mutex<int[]> config = new Mutex<>(new int[4]);
    @Pin private final SpinLock<int[]> regs = new SpinLock<>(new int[4]);

    int read(int reg) {
        try (MutexGuard<int[]> c = config.lock()) {
            if (reg < 0) {
                throw new IllegalArgumentException("reg");
            }
            try (SpinLockGuard<int[]> r = regs.lock()) {
                return r.get()[reg & 3] + c.get()[0];
            }
        }
    }

    void write(int reg, int value) {
        MutexGuard<int[]> c = config.lock();
        try {
            if (value == 0) {
                return;
            }
            c.get()[reg & 3] = value;
        } finally {
            c.close();
        }
    }

    void poll() {
        try (SpinLockGuard<int[]> r = regs.tryLock()) {
            if (r != null) {
                r.get()[0] = 0;
            }
        }
    }

    void twice() {
        MutexGuard<int[]> c = config.lock();
        c.get()[0]++;
        c.close();
        c = config.lock();
        c.get()[1]++;
        c.close();
    }
}
