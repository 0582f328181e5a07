// Negative (RecursiveLock, LockOrderInversion): kernel model: a parent and a child Node share the class
// Node.lock; the child is always taken with lockNested(CHILD) (mutex_lock_nested), a different
// subclass, in one fixed order.
package inputs.lockdepkernel.kernellocknestedsilent;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;

@Pinned
final class Node {
    static final int CHILD = 1;

    @Pin final Mutex<int[]> lock = new Mutex<>(new int[1]);

    void adopt(Node child) {
        try (MutexGuard<int[]> p = lock.lock()) {
            try (MutexGuard<int[]> c = child.lock.lockNested(CHILD)) {
                p.get()[0] += c.get()[0];
            }
        }
    }

    void release(Node child) {
        try (MutexGuard<int[]> p = lock.lock()) {
            try (MutexGuard<int[]> c = child.lock.lockNested(CHILD)) {
                c.get()[0] = 0;
            }
        }
    }
}
