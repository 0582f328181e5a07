// Positive (LockOrderInversion): kernel model: withLock() runs its lambda in place under the lock, so
// the nested withLock() calls make edges Bus.cmd -> Bus.irqMask (in send()) and Bus.irqMask -> Bus.cmd
// (in mask()). Reported once, at the inner withLock() in send() (first edge site).
package inputs.lockdepkernel.kernelwithlockinversion;

import kernel.sync.SpinLock;

final class Bus {
    private final SpinLock<int[]> cmd = new SpinLock<>(new int[1]);
    private final SpinLock<int[]> irqMask = new SpinLock<>(new int[1]);

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
