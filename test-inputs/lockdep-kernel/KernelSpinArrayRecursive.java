// Positive (RecursiveLock): kernel model: per-CPU SpinLocks in one array field share the class
// Runqueues.locks; pull() holds one element and takes another with plain lock(): recursive class
// acquisition (and a real deadlock when two CPUs pull from each other).
package inputs.lockdepkernel.kernelspinarrayrecursive;

import dev.drivercheck.annotations.PinInit;
import kernel.sync.SpinLock;
import kernel.sync.SpinLockGuard;

final class Runqueues {
    private final SpinLock<?>[] locks;
    private final int[] nr = new int[3];

    /** The per-CPU locks are built in place, in the array this initializer fills. */
    @PinInit
    Runqueues() {
        locks = new SpinLock<?>[] {
            new SpinLock<>(new int[1]), new SpinLock<>(new int[1]), new SpinLock<>(new int[1])
        };
    }

    void pull(int self, int victim) {
        try (SpinLockGuard<?> mine = locks[self].lock()) {
            // :: error: [RecursiveLock]
            try (SpinLockGuard<?> theirs = locks[victim].lock()) {
                nr[victim]--;
                nr[self]++;
            }
        }
    }
}
