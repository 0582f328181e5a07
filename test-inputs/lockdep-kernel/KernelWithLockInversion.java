// Positive (LockOrderInversion): kernel model: withLock() runs its lambda in place under the lock, so
// the nested withLock() calls make edges Bus.cmd -> Bus.irqMask (in send()) and Bus.irqMask -> Bus.cmd
// (in mask()). Reported once, at the inner withLock() in send() (first edge site).
package inputs.lockdepkernel.kernelwithlockinversion;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.SpinLock;

@Pinned
final class Bus {
    @Pin private final SpinLock<int[]> cmd = new SpinLock<>(new int[1]);
    @Pin private final SpinLock<int[]> irqMask = new SpinLock<>(new int[1]);

    int send(int word) {
        return cmd.withLock(c -> {
            c.get()[0] = word;
            // :: error: [LockOrderInversion]
            return irqMask.withLock(m -> m.get()[0] & word);
        });
    }

    void mask(int bits) {
        irqMask.withLock(m -> {
            m.get()[0] = bits;
            return cmd.withLock(c -> c.get()[0] = 0);
        });
    }
}
