// Positive (RecursiveLock): kernel model: per-CPU SpinLocks in one array field share the class
// Runqueues.locks; pull() holds one element and takes another with plain lock(): recursive class
// acquisition (and a real deadlock when two CPUs pull from each other).
package inputs.lockdepkernel.kernelspinarrayrecursive;

import kernel.sync.SpinLock;
import kernel.sync.SpinLockGuard;

final class Runqueues {
    private final SpinLock<?>[] locks = {
        new SpinLock<>(new int[1]), new SpinLock<>(new int[1]), new SpinLock<>(new int[1])
    };
    private final int[] nr = new int[3];

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
