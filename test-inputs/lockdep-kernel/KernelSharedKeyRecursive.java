// Positive (RecursiveLock): kernel model: Queue.submit and Queue.complete are SpinLocks constructed
// with the same static final LockClassKey, so they are one lock class: nesting them is recursive.
package inputs.lockdepkernel.kernelsharedkeyrecursive;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.LockClassKey;
import kernel.sync.SpinLock;
import kernel.sync.SpinLockGuard;

@Pinned
final class Queue {
    private static final LockClassKey QUEUE_KEY = new LockClassKey("queue");

    @Pin private final SpinLock<int[]> submit = new SpinLock<>(new int[1], QUEUE_KEY);
    @Pin private final SpinLock<int[]> complete = new SpinLock<>(new int[1], QUEUE_KEY);

    void retire() {
        try (SpinLockGuard<int[]> s = submit.lock()) {
            // :: error: [RecursiveLock]
            try (SpinLockGuard<int[]> c = complete.lock()) {
                c.get()[0] += s.get()[0];
            }
        }
    }
}
